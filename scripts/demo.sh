#!/usr/bin/env bash
# `npm run demo`: installs, builds, starts Postgres, Redis and an Asterisk of its own, then runs a
# small contact center by itself: the api with a seeded demo, the workers, and bots for the demo
# agents. Environment variables (README) override the defaults below. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/switchboard_demo}"
export REDIS_PREFIX="${REDIS_PREFIX:-switchboard_demo:}"
# A fresh secret per run unless one is given: tokens from an earlier run stop working.
export AUTH_TOKEN_SECRET="${AUTH_TOKEN_SECRET:-$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
export API_PORT="${API_PORT:-4000}"
export SWITCHBOARD_URL="http://127.0.0.1:${API_PORT}/graphql"
# The demo's own Asterisk, on ports of its own: a test run can go on beside it.
export PBX_DIR="${PBX_DIR:-$PWD/.pbx-demo}"
export PBX_AMI_PORT="${PBX_AMI_PORT:-16038}" PBX_SIP_PORT="${PBX_SIP_PORT:-16060}" PBX_PSTN_PORT="${PBX_PSTN_PORT:-16061}"
export PBX_HTTP_PORT="${PBX_HTTP_PORT:-9088}" PBX_RTP_PORT_START="${PBX_RTP_PORT_START:-36000}"
export PBX_RTP_PORT_END="${PBX_RTP_PORT_END:-36999}" FASTAGI_PORT="${FASTAGI_PORT:-5573}"
# Prometheus scrapers present this token (Authorization: Bearer ...); a fresh one per run unless given.
export METRICS_TOKEN="${METRICS_TOKEN:-$(node -e 'process.stdout.write(require("crypto").randomBytes(24).toString("hex"))')}"
# Each worker's /metrics on a port of its own, from here up, in the order of the list below.
METRICS_PORT_BASE="${METRICS_PORT_BASE:-9401}"

node telephony/dist/runtime/pbx.cli.js setup
node telephony/dist/runtime/pbx.cli.js start

pids=()
stop_all() {
  trap - EXIT INT TERM
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  node telephony/dist/runtime/pbx.cli.js stop >/dev/null 2>&1 || true
}
trap stop_all EXIT
trap 'exit 130' INT TERM

node api/dist/demo/run-demo.js &
pids+=($!)
node -e '
  const url = process.argv[1];
  const deadline = Date.now() + 120000;
  (async function wait() {
    try { if ((await fetch(url)).ok) return; } catch {}
    if (Date.now() > deadline) { console.error("the api did not start"); process.exit(1); }
    setTimeout(wait, 500);
  })();' "http://127.0.0.1:${API_PORT}/health"

metrics_port="$METRICS_PORT_BASE"
for worker in telephony-config call-events agent-states dialer retries recycler campaign-counters queue-state; do
  METRICS_PORT="$metrics_port" node "workers/dist/${worker}/main.js" &
  pids+=($!)
  echo "demo: ${worker} metrics at http://127.0.0.1:${metrics_port}/metrics" >&2
  metrics_port=$((metrics_port + 1))
done
echo "demo: scrape with: curl -H \"Authorization: Bearer ${METRICS_TOKEN}\" http://127.0.0.1:${METRICS_PORT_BASE}/metrics" >&2
if [ "${DEMO_AGENTS:-1}" != "0" ]; then
  node api/dist/demo/demo-agents.js &
  pids+=($!)
fi
# Any process ending ends the demo (and the trap stops the rest).
wait -n
