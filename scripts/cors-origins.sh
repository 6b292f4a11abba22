#!/usr/bin/env bash
# Changes the allowed origins of a policy that reads them from a map (origins=map:<file>) on every HAProxy
# process of a fleet, through their runtime API sockets: no reload.
#
#   cors-origins.sh add     <map-file> <origin>...          -- <socket>...
#   cors-origins.sh del     <map-file> <origin>...          -- <socket>...
#   cors-origins.sh replace <map-file> <file-with-origins>  -- <socket>...
#
# <map-file>: the map's path as the policy names it. <socket>: a stats socket at level admin, a Unix
# socket path or ipv4@<host>:<port>.
# add: adds each origin (with the value 1, which the module ignores; an origin added twice is two entries).
# del: removes every entry of each origin (one that is not there is no error).
# replace: the map becomes the origins of the file (the first word of each line; blank lines and # comments
#   skipped), on each process at once: prepare map, add map @<version> for each origin, commit map @<version>.
# The sockets are changed in turn. After each, "landed <socket> <UTC time>": the process has answered, so its
# next request sees the change on every thread. At the first socket that fails, the script names it and exits
# 1; the sockets before it are changed, the others are not. Needs socat.
set -euo pipefail

usage() { sed -n '5,7p' "$0" | sed 's/^# *//' >&2; exit 2; }
fail() { echo "cors-origins.sh: $1: $2" >&2; exit 1; }

command -v socat >/dev/null || fail "socat" "not installed: apt-get install socat"
[ $# -ge 2 ] || usage
action=$1 map=$2
shift 2
words=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do words+=("$1"); shift; done
[ $# -ge 2 ] && [ "${#words[@]}" -ge 1 ] || usage
shift
sockets=("$@")

# Sets the variable $1 to $2 as a word of a runtime API command: a backslash before a backslash, a space, a
# tab or a semicolon.
escape() { local s=${2//\\/\\\\}; s=${s// /\\ }; s=${s//$'\t'/\\$'\t'}; printf -v "$1" '%s' "${s//;/\\;}"; }
escape emap "$map"

# Sends one line (commands joined by ";") to a socket and prints the answer.
send() {
  local address answer
  case $1 in
    ipv4@*) address=TCP4:${1#ipv4@} ;;
    *) address=UNIX-CONNECT:${1#unix@} ;;
  esac
  answer=$(printf '%s\n' "$2" | socat -t 10 -T 10 stdio "$address" 2>&1) || fail "$1" "cannot reach the runtime API: $answer"
  printf '%s\n' "$answer"
}

# Runs a line of commands that change the map: HAProxy answers each one it did with an empty line (and
# "Key not found." to a del of an origin that is not there).
run() {
  local answer
  answer=$(send "$1" "$2") || exit 1
  answer=$(grep -v -e '^$' -e '^Key not found\.$' <<<"$answer" || true)
  [ -z "$answer" ] || fail "$1" "$answer"
}

# Runs "<prefix> <origin><suffix>" for each origin, as many to a line as stay under 8000 bytes.
each_origin() {
  local socket=$1 prefix=$2 suffix=$3 line="" command origin word
  shift 3
  for origin in "$@"; do
    escape word "$origin"
    command="$prefix $word$suffix"
    if [ -n "$line" ] && [ $((${#line} + ${#command})) -gt 8000 ]; then run "$socket" "$line"; line=""; fi
    line=${line:+$line; }$command
  done
  [ -z "$line" ] || run "$socket" "$line"
}

replace_on() {
  local created version
  created=$(send "$1" "prepare map $emap") || exit 1
  version=$(sed -n 's/^New version created: \([0-9][0-9]*\)$/\1/p' <<<"$created")
  [ -n "$version" ] || fail "$1" "$created"
  [ "${#origins[@]}" -eq 0 ] || each_origin "$1" "add map @$version $emap" " 1" "${origins[@]}"
  run "$1" "commit map @$version $emap"
}

case $action in
  add | del) origins=("${words[@]}") ;;
  replace)
    [ "${#words[@]}" -eq 1 ] && [ -r "${words[0]}" ] || fail "${words[0]}" "not a readable file of origins"
    origins=()
    while read -r origin _ || [ -n "$origin" ]; do
      case $origin in '' | '#'*) ;; *) origins+=("$origin") ;; esac
    done <"${words[0]}"
    ;;
  *) usage ;;
esac

for socket in "${sockets[@]}"; do
  case $action in
    add) each_origin "$socket" "add map $emap" " 1" "${origins[@]}" ;;
    del) each_origin "$socket" "del map $emap" "" "${origins[@]}" ;;
    replace) replace_on "$socket" ;;
  esac
  echo "landed $socket $(date -u +%Y-%m-%dT%H:%M:%S.%3NZ)"
done
