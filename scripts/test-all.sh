#!/usr/bin/env bash
# Every check and test Lajna has, in order of cost: types, lint, the
# renderer build the end-to-end tests serve, unit and integration tests
# (vitest), then the end-to-end flows in Chromium (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

echo "== types"; npx tsc -p tsconfig.json
echo "== lint"; npx eslint .
echo "== renderer build"; npx vite build --logLevel warn
echo "== unit and integration tests"; npx vitest run
echo "== end-to-end tests"; npx playwright test
