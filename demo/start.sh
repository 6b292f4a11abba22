#!/usr/bin/env bash
# The demo in one command, from a clone of this repository on Debian or Ubuntu with Node 20:
#
#   bash demo/start.sh
#
# Installs what is missing (haproxy with apt-get, the npm packages), builds dist/cors.lua, then runs
# demo/server.ts in the foreground: an API, HAProxy with cors.lua in front of it, and a page on another
# origin. Ctrl-C stops everything. Without a local haproxy (and no way to install one) it runs HAProxy
# in a container when a docker engine has the image cors-haproxy:2.6 (see docker/).
#
# Environment (see demo/server.ts): DEMO_PAGE_PORT (8000), DEMO_API_PORT (8080; the partner-only frontend and
# the metrics frontend take the next two ports), DEMO_BIND (127.0.0.1),
# DEMO_ORIGINS, DEMO_HAPROXY (auto | local | docker), DEMO_HAPROXY_IMAGE (cors-haproxy:2.6).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Debian installs haproxy in /usr/sbin, which a non-root user's PATH may lack.
export PATH="$PATH:/usr/local/sbin:/usr/sbin:/sbin"

say() { printf '[demo] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

command -v node >/dev/null 2>&1 || die "Node.js 20 or later is needed (e.g. apt-get install -y nodejs npm, or https://nodejs.org)"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20 or later is needed, this is $(node --version)"

IMAGE=${DEMO_HAPROXY_IMAGE:-cors-haproxy:2.6}
docker_has_image() { command -v docker >/dev/null 2>&1 && docker image inspect "$IMAGE" >/dev/null 2>&1; }

# HAProxy: the local binary first; apt-get it when missing; else the container image.
if [ "${DEMO_HAPROXY:-auto}" != docker ] && ! command -v haproxy >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=$(command -v sudo || true)
    if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
      say "installing haproxy: apt-get install -y haproxy"
      export DEBIAN_FRONTEND=noninteractive
      if ! { $sudo apt-get update -qq && $sudo apt-get install -y -qq haproxy >/dev/null; }; then
        say "apt-get could not install haproxy"
      fi
    else
      say "haproxy is missing and installing it needs root or sudo"
    fi
  fi
  if ! command -v haproxy >/dev/null 2>&1; then
    if docker_has_image; then
      say "no local haproxy: running HAProxy in a container from the image $IMAGE"
      export DEMO_HAPROXY=docker
    else
      die "no haproxy: install it (apt-get install -y haproxy), or build the image $IMAGE (docker/build-images.sh)"
    fi
  fi
fi

if [ ! -x node_modules/.bin/tstl ]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

say "building dist/cors.lua"
npm run --silent build

exec npx tsx demo/server.ts
