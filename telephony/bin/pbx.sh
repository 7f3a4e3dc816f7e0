#!/usr/bin/env bash
# `npm run pbx:setup|start|stop|status`: compiles telephony when a source changed since the
# last build, then runs the PBX command. Only telephony is compiled: it imports no other package.
set -euo pipefail
cd "$(dirname "$0")/../.."
buildinfo=telephony/dist/.tsbuildinfo
if [ ! -f "$buildinfo" ] || [ -n "$(find telephony/src telephony/tsconfig.json -newer "$buildinfo" -print -quit)" ]; then
  npx tsc -p telephony/tsconfig.json && touch "$buildinfo"
fi
exec node telephony/dist/runtime/pbx.cli.js "$@"
