#!/usr/bin/env bash
# Build the HAProxy images used by the integration tests, straight from Debian
# packages: no container registry is reachable here, so there is no base image
# to pull. Each image is a debootstrap'ed Debian suite, cut down to the haproxy
# binary, the libraries it links, a static busybox and tini, then
# `docker import`ed.
#
# Usage: docker/build-images.sh        (needs root, debootstrap, docker, zstd, node)
#
# Environment:
#   CORS_DEBIAN_MIRROR  Debian mirror to use; when unset it is read from the
#                       system's apt sources (the entry for the host's own release).
#   CORS_IMAGE_CACHE    zstd'ed `docker save` tarball of all images
#                       (default: ~/.cache/haproxy-cors/images.tar.zst).
#
# Safe to run again: images that exist are kept, missing ones are loaded from
# the cache tarball when it has them, and only the rest are built.
set -euo pipefail

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VERSIONS_FILE="$HERE/versions.json"
CACHE_FILE="${CORS_IMAGE_CACHE:-$HOME/.cache/haproxy-cors/images.tar.zst}"
CONFIG_DIR=/usr/local/etc/haproxy
LABEL_PREFIX=io.github.haproxy-cors

log() { printf '[build-images] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Prints "tag<TAB>suite" per image; versions.json is the only list of images.
read_versions() {
  # shellcheck disable=SC2016 # JavaScript, not shell, expands ${...} here
  node -e '
    const list = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    for (const { tag, suite } of list) console.log(`${tag}\t${suite}`);
  ' "$VERSIONS_FILE"
}

image_exists() { docker image inspect "$1" >/dev/null 2>&1; }

# URIs of the apt sources for Debian release $1, main archive first found.
# deb822 files have one stanza per paragraph: take the first URI of an enabled
# 'deb' stanza whose Suites list the bare release (not -security, -updates...).
# One-line files: deb [options] URI SUITE COMPONENTS...
apt_source_uris() {
  local want=$1 file
  for file in /etc/apt/sources.list.d/*.sources; do
    [[ -f "$file" ]] || continue
    awk -v want="$want" '
      BEGIN { RS = ""; FS = "\n" }
      {
        uris = types = suites = ""; enabled = "yes"
        for (i = 1; i <= NF; i++) {
          if ($i ~ /^[ \t]*#/) continue
          key = tolower($i); sub(/:.*/, "", key); gsub(/[ \t]/, "", key)
          val = $i; sub(/^[^:]*:[ \t]*/, "", val)
          if (key == "uris") uris = val
          else if (key == "types") types = val
          else if (key == "suites") suites = val
          else if (key == "enabled") enabled = tolower(val)
        }
        if (enabled != "no" && (" " types " ") ~ / deb / && (" " suites " ") ~ (" " want " ")) {
          split(uris, u, /[ \t]+/); print u[1]
        }
      }' "$file"
  done
  for file in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
    [[ -f "$file" ]] || continue
    awk -v want="$want" '$1 == "deb" { sub(/\[[^]]*\][ \t]*/, ""); if ($3 == want) print $2 }' "$file"
  done
}

# The mirror apt itself uses for this host's release, so the script follows
# whatever mirror (or snapshot) the machine is set up with instead of naming
# one. CORS_DEBIAN_MIRROR, when set, wins; it is also the way out on hosts
# whose sources cannot be read this way.
debian_mirror() {
  if [[ -n "${CORS_DEBIAN_MIRROR:-}" ]]; then
    echo "${CORS_DEBIAN_MIRROR%/}"
    return
  fi
  local codename uris
  # shellcheck disable=SC1091 # a system file, read at run time
  codename=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
  [[ -n "$codename" ]] || die "cannot tell this host's Debian release; set CORS_DEBIAN_MIRROR"
  uris=$(apt_source_uris "$codename")
  [[ -n "$uris" ]] || die "no apt source for '$codename' found; set CORS_DEBIAN_MIRROR"
  uris=${uris%%$'\n'*}
  echo "${uris%/}"
}

# Copies one file from the full rootfs into the slim one under the same path,
# dereferencing symlinks inside the rootfs (not on the host).
copy_from_rootfs() {
  local full=$1 slim=$2 path=$3 real
  real=$(chroot "$full" readlink -f "$path")
  install -D -m "$(stat -c %a "$full$real")" "$full$real" "$slim$path"
}

# Copies a dynamically linked program and every library `ldd` lists for it.
copy_program() {
  local full=$1 slim=$2 program=$3 lib
  copy_from_rootfs "$full" "$slim" "$program"
  for lib in $(chroot "$full" ldd "$program" | grep -o '/[^ ]*'); do
    copy_from_rootfs "$full" "$slim" "$lib"
  done
}

# Keeps only what haproxy needs to run: the binary, what `ldd` lists,
# passwd/group (for configs that say `user haproxy`), writable /tmp and the
# usual run-time directories, plus busybox so `sh`, `kill`, `wget` work
# for debugging, and tini as PID 1 (see build_image). About a quarter of the
# size of the minbase system.
make_slim_rootfs() {
  local full=$1 slim=$2 lib
  mkdir -p "$slim"/{usr/bin,usr/sbin,usr/lib,usr/lib64,etc,tmp,run/haproxy,var/lib/haproxy}
  mkdir -p "$slim$CONFIG_DIR"
  chmod 1777 "$slim/tmp"
  # Merged /usr like Debian itself, so every path ldd prints is valid as is.
  local dir
  for dir in bin sbin lib lib64; do ln -s "usr/$dir" "$slim/$dir"; done

  copy_program "$full" "$slim" /usr/sbin/haproxy
  copy_program "$full" "$slim" /usr/bin/tini
  # glibc dlopen()s libgcc_s for thread cancellation and backtraces (HAProxy's
  # watchdog dumps): it is not always in ldd's list but must be present.
  lib=$(chroot "$full" sh -c 'ls /usr/lib/*/libgcc_s.so.1' | head -n 1)
  [[ -e "$slim$lib" ]] || copy_from_rootfs "$full" "$slim" "$lib"

  cp "$full/etc/passwd" "$full/etc/group" "$slim/etc/"
  printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$slim/etc/nsswitch.conf"

  install -m 755 "$full/usr/bin/busybox" "$slim/usr/bin/busybox"
  chroot "$slim" /usr/bin/busybox --install -s /usr/bin
}

# First line of `haproxy -vv` matching a sed expression, read from the rootfs
# so the labels describe exactly the binary in the image.
haproxy_vv_field() {
  chroot "$1" haproxy -vv | sed -n "$2" | head -n 1
}

build_image() {
  local tag=$1 suite=$2 mirror=$3 work=$4
  local full="$work/$suite.full" slim="$work/$suite.slim" started=$SECONDS
  log "$tag: debootstrap $suite (log: $work/$suite.log)"
  if ! debootstrap --variant=minbase --include=haproxy,busybox-static,tini \
      "$suite" "$full" "$mirror" >"$work/$suite.log" 2>&1; then
    tail -n 20 "$work/$suite.log" >&2
    die "$tag: debootstrap $suite failed"
  fi

  local haproxy_version lua_version
  haproxy_version=$(haproxy_vv_field "$full" 's/^HAProxy version \([^ ]*\).*/\1/p')
  lua_version=$(haproxy_vv_field "$full" 's/^Built with Lua version : Lua \([^ ]*\).*/\1/p')
  [[ -n "$haproxy_version" && -n "$lua_version" ]] ||
    die "$tag: could not read HAProxy/Lua versions from haproxy -vv"

  make_slim_rootfs "$full" "$slim"
  # Import is the only step that creates the tag, so an interrupted build
  # leaves nothing half-made behind.
  # tini runs as PID 1 because the kernel drops signals that PID 1 has no
  # handler for: a `docker stop` sent while haproxy is still starting was
  # ignored (3.0/3.2: about half the time), leaving docker to wait and SIGKILL.
  # tini forwards every signal, so `docker kill -s USR2` still reloads.
  # -s (subreaper) keeps it quiet when `docker run --init` makes it PID 2.
  tar --numeric-owner -C "$slim" -c . | docker import \
    -c "ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin" \
    -c "LABEL $LABEL_PREFIX.haproxy-version=$haproxy_version" \
    -c "LABEL $LABEL_PREFIX.lua-version=$lua_version" \
    -c "LABEL $LABEL_PREFIX.debian-suite=$suite" \
    -c "WORKDIR $CONFIG_DIR" \
    -c 'ENTRYPOINT ["/usr/bin/tini", "-s", "--"]' \
    -c "CMD [\"haproxy\", \"-W\", \"-db\", \"-f\", \"$CONFIG_DIR/haproxy.cfg\"]" \
    - "$tag" >/dev/null
  log "$tag: built in $((SECONDS - started)) s"
}

# `docker load` of the cache restores every image it holds in seconds; a
# broken cache is only a reason to rebuild, not to fail.
load_cache() {
  [[ -f "$CACHE_FILE" ]] || return 0
  log "loading $CACHE_FILE"
  zstd -dcq "$CACHE_FILE" | docker load >/dev/null ||
    log "warning: could not load $CACHE_FILE; building instead"
}

# Written to a temporary name first so a cut-off save never looks like a cache.
save_cache() {
  mkdir -p "$(dirname "$CACHE_FILE")"
  log "saving $CACHE_FILE"
  docker save "$@" | zstd -q -T0 -3 -o "$CACHE_FILE.tmp" -f
  mv -f "$CACHE_FILE.tmp" "$CACHE_FILE"
}

# debootstrap mounts /proc and /sys into its target while it runs; after a
# failure they can stay mounted, so unmount and never cross file systems.
cleanup_workdir() {
  local work=$1 mnt
  [[ -d "$work" ]] || return 0
  # shellcheck disable=SC2013 # /proc/mounts escapes blanks in paths
  for mnt in $(awk -v w="$work/" 'index($2, w) == 1 { print $2 }' /proc/mounts | sort -r); do
    umount -l "$mnt" || true
  done
  rm -rf --one-file-system "$work"
}

# Signals a process and everything it started (a build job is a subshell whose
# children, debootstrap and its dpkg runs, would otherwise carry on).
# The children are listed before the parent is stopped, so none is missed.
kill_tree() {
  local children child
  children=$(pgrep -P "$1" || true)
  kill "$1" 2>/dev/null || true
  for child in $children; do kill_tree "$child"; done
}

# On an early exit (a failed build, Ctrl-C) the other builds must stop before
# their work directory is removed.
stop_builds() {
  local pid
  for pid in $(jobs -p); do kill_tree "$pid"; done
  wait 2>/dev/null || true
}

print_summary() {
  local tag=$1
  docker image inspect "$tag" --format "{{.Size}} {{index .Config.Labels \"$LABEL_PREFIX.haproxy-version\"}} {{index .Config.Labels \"$LABEL_PREFIX.lua-version\"}}" |
    awk -v tag="$tag" '{ printf "%-18s HAProxy %-14s Lua %-7s %6.1f MB\n", tag, $2, $3, $1 / 1e6 }'
}

missing_tags() {
  local tag suite
  while IFS=$'\t' read -r tag suite; do
    image_exists "$tag" || printf '%s\t%s\n' "$tag" "$suite"
  done < <(read_versions)
}

require_commands() {
  local cmd
  for cmd in "$@"; do
    command -v "$cmd" >/dev/null || die "$cmd not found (apt-get install debootstrap docker.io zstd nodejs)"
  done
}

main() {
  [[ $EUID -eq 0 ]] || die "run as root (debootstrap and chroot need it)"
  require_commands docker node zstd flock
  docker info >/dev/null 2>&1 || die "docker daemon not reachable; start dockerd first"

  # Two runs at once (say, parallel test jobs) would build the same images and
  # write the same cache: the second one waits, then finds everything there.
  mkdir -p "$(dirname "$CACHE_FILE")"
  exec {lock_fd}>"$CACHE_FILE.lock"
  flock "$lock_fd"

  local tags=() tag suite
  while IFS=$'\t' read -r tag suite; do tags+=("$tag"); done < <(read_versions)
  ((${#tags[@]})) || die "no images listed in $VERSIONS_FILE"

  [[ -z "$(missing_tags)" ]] || load_cache

  local missing
  missing=$(missing_tags)
  if [[ -n "$missing" ]]; then
    local mirror work
    require_commands debootstrap chroot
    mirror=$(debian_mirror)
    log "Debian mirror: $mirror"
    work=$(mktemp -d "${TMPDIR:-/var/tmp}/cors-images.XXXXXX")
    # shellcheck disable=SC2064 # expand $work now: it is local to main
    trap "stop_builds; cleanup_workdir '$work'" EXIT

    # Each build runs in its own background subshell, with its own errexit.
    local pids=() names=() i failed=0
    while IFS=$'\t' read -r tag suite; do
      build_image "$tag" "$suite" "$mirror" "$work" &
      pids+=($!)
      names+=("$tag")
    done <<<"$missing"
    for i in "${!pids[@]}"; do
      wait "${pids[$i]}" || { log "${names[$i]}: build failed"; failed=1; }
    done
    ((failed == 0)) || die "some images failed to build"
    save_cache "${tags[@]}"
  elif [[ ! -f "$CACHE_FILE" ]]; then
    save_cache "${tags[@]}"
  fi

  for tag in "${tags[@]}"; do print_summary "$tag"; done
}

main "$@"
