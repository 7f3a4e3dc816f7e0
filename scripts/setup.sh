#!/usr/bin/env bash
# Installs what Switchboard needs on a fresh machine and builds it. Idempotent and quick
# when nothing changed; `npm run demo` and `npm test` both start with it.
set -euo pipefail
cd "$(dirname "$0")/.."

log() { printf '\033[1;34m[setup]\033[0m %s\n' "$*"; }

required_node="20.19.0"
current_node="$(node -p 'process.versions.node')"
if [ "$(printf '%s\n%s\n' "$required_node" "$current_node" | sort -V | head -1)" != "$required_node" ]; then
  echo "Node.js >= $required_node is required (found $current_node)" >&2
  exit 1
fi

if [ ! -x node_modules/.bin/tsc ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  log "installing npm packages (npm ci)"
  npm ci --no-audit --no-fund --loglevel=error
fi

bash scripts/services.sh

# Browser tests drive Debian's Chromium (playwright's own browser download is not available);
# supervision tests measure what each leg of a spied call hears with sox. The api converts
# uploaded audios (WAV, MP3) with sox too: MP3 needs libsox-fmt-mp3.
missing_packages=()
[ -x /usr/bin/chromium ] || missing_packages+=(chromium)
[ -x /usr/bin/sox ] || missing_packages+=(sox)
dpkg -s libsox-fmt-mp3 >/dev/null 2>&1 || missing_packages+=(libsox-fmt-mp3)
if [ "${#missing_packages[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null && [ "$(id -u)" = 0 ]; then
    log "installing Debian's ${missing_packages[*]} for browser and audio tests"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing_packages[@]}" >/dev/null
  else
    log "warning: ${missing_packages[*]} missing; browser and audio tests (and audio uploads) will fail"
  fi
fi

log "building (tsc -b)"
npx tsc -b
# The api serves the agent console from clients/console/dist (vite build, about 5 s).
log "building the agent console (vite build)"
npm run --silent console:build >/dev/null
