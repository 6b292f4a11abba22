#!/usr/bin/env bash
# Starts a Docker engine when none answers (root, Debian: docker.io). Idempotent: does nothing when
# `docker info` already works. The container tests need it; .ci/run calls it.
set -euo pipefail

if docker info >/dev/null 2>&1; then
  exit 0
fi
if ! command -v dockerd >/dev/null 2>&1; then
  echo "no Docker engine: install one with 'apt-get install -y docker.io' (as root), then run $0" >&2
  exit 1
fi
log="${TMPDIR:-/tmp}/dockerd.log"
echo "starting dockerd (log: $log)"
nohup dockerd >"$log" 2>&1 &
for _ in $(seq 1 60); do
  docker info >/dev/null 2>&1 && exit 0
  sleep 1
done
echo "dockerd did not answer within 60 s; its log ($log) ends with:" >&2
tail -n 20 "$log" >&2
exit 1
