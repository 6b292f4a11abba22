#!/usr/bin/env bash
# Worker memory (VmRSS) of the local HAProxy with one policy of N exact origins in an origins file, under
# lua-load and lua-load-per-thread, at nbthread 1, 2 and 4: what each per-thread Lua state's copy of the
# policy costs. Usage: bash bench/luaLoadMemory.sh [origins] [port]. Reads dist/cors.lua; writes nothing
# outside a temporary directory.
set -euo pipefail
ORIGINS=${1:-100000}
PORT=${2:-16590}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT
for i in $(seq 1 "$ORIGINS"); do echo "https://app$i.example.com"; done >"$DIR/origins.txt"
echo "haproxy $(haproxy -v | head -1 | awk '{print $3}'), $ORIGINS exact origins in an origins file"
echo "| load | nbthread | worker VmRSS after start | after 400 requests |"
echo "| --- | ---: | ---: | ---: |"
for load in lua-load lua-load-per-thread; do
  for threads in 1 2 4; do
    cat >"$DIR/haproxy.cfg" <<CFG
global
  nbthread $threads
  .if version_atleast(3.1)
    tune.lua.bool-sample-conversion normal
  .endif
  $load $ROOT/dist/cors.lua
defaults
  mode http
  timeout connect 5s
  timeout client 10s
  timeout server 10s
frontend api
  bind 127.0.0.1:$PORT
  http-request lua.cors-policy "origins=@$DIR/origins.txt"
  http-response lua.cors
  http-request return status 200 content-type text/plain string ok
CFG
    haproxy -db -f "$DIR/haproxy.cfg" >"$DIR/log" 2>&1 &
    pid=$!
    for _ in $(seq 1 600); do
      curl -s -o /dev/null "http://127.0.0.1:$PORT/" && break
      sleep 0.1
    done
    start=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    for _ in $(seq 1 400); do curl -s -o /dev/null -H "Origin: https://app7.example.com" "http://127.0.0.1:$PORT/"; done
    after=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
    kill "$pid"; wait "$pid" 2>/dev/null || true
    echo "| $load | $threads | $((start / 1024)) MiB | $((after / 1024)) MiB |"
  done
done
