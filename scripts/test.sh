#!/usr/bin/env bash
# The test command: installs and builds, checks lint, runs every test against real services,
# and ends with one line "N passed, N failed" from the runner's own report.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/setup.sh || exit 1

printf '\033[1;34m[test]\033[0m lint\n'
npx tsc -p test || exit 1
npx eslint . || exit 1
npx prettier --check . --log-level=warn || exit 1
node scripts/audit-runtime.mjs || exit 1

rm -f test-results/vitest.json
npx vitest run "$@"
status=$?

if [ -f test-results/vitest.json ]; then
  node -e '
    const report = require("./test-results/vitest.json");
    const skipped = report.numPendingTests + report.numTodoTests;
    process.stdout.write(`${report.numPassedTests} passed, ${report.numFailedTests} failed` + (skipped ? `, ${skipped} skipped` : "") + "\n");
  '
else
  echo "0 passed, 0 failed"
  [ $status -eq 0 ] && status=1
fi
exit $status
