#!/usr/bin/env bash
# `npm run demo`: installs, builds, starts Postgres and Redis, then runs the API with a seeded
# demo contact center. Environment variables (README) override the defaults below.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export DATABASE_URL="${DATABASE_URL:-postgres://postgres@127.0.0.1:5432/switchboard_demo}"
export REDIS_PREFIX="${REDIS_PREFIX:-switchboard_demo:}"
# A fresh secret per run unless one is given: tokens from an earlier run stop working.
export AUTH_TOKEN_SECRET="${AUTH_TOKEN_SECRET:-$(node -e 'process.stdout.write(require("crypto").randomBytes(32).toString("hex"))')}"
export LOG_LEVEL="${LOG_LEVEL:-warn}"
exec node api/dist/demo/run-demo.js
