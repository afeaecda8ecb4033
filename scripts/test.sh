#!/usr/bin/env bash
# npm test: every suite. Installs what is missing, builds what ships, checks
# types, the code (Biome, knip), the packages (publint, attw) and the size
# budget, runs the unit tests (vitest), installs the packed packages outside
# the workspace, runs the cross-origin end-to-end specs (Playwright +
# Chromium), runs the core flows in Firefox ESR and WebKitGTK (e2e/engines),
# runs each benchmark script once in its quick mode, then prints
# one line totalling them all.
set -uo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh || exit 1
pnpm build || exit 1
pnpm typecheck || exit 1

rm -rf reports
status=0
pnpm exec tsx scripts/static-checks.ts || status=1
pnpm size || { echo "The size budget is exceeded (see above)."; status=1; }
pnpm exec vitest run || status=1
pnpm exec tsx scripts/packed-install.ts || status=1
pnpm exec playwright test || status=1
pnpm exec tsx e2e/engines/run.ts || status=1
node scripts/bench-quick.mjs || status=1
node scripts/test-summary.mjs reports/unit.json reports/e2e.json reports/bench.json reports/checks.json reports/packed.json reports/engines.json || status=1
exit $status
