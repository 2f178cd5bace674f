#!/usr/bin/env bash
# Every check and test Lajna has, in order of cost: types, lint, the
# renderer build the end-to-end tests serve, unit and integration tests
# (vitest), then the end-to-end flows in Chromium (Playwright).
set -euo pipefail
cd "$(dirname "$0")/.."

if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

# The electron package downloads its binary when something imports it and
# the binary is missing; this machine must never reach out for it. With an
# override path set it only answers that path, and lint keeps tests away
# from the modules that import it.
export ELECTRON_OVERRIDE_DIST_PATH="$PWD/.tmp/electron-binary-not-installed"

echo "== types"; npx tsc -p tsconfig.json
echo "== lint"; npx eslint .
echo "== format"; npx prettier --check --log-level warn "**/*.{ts,tsx,js}"
echo "== renderer build"; npx vite build --logLevel warn
echo "== unit and integration tests"; npx vitest run
echo "== end-to-end tests"; npx playwright test
