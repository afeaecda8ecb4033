#!/usr/bin/env bash
# Starts the mock frame host (127.0.0.1:4800) and the demo merchant page
# (localhost:4700) together; Ctrl-C stops both. Expects a build.
set -euo pipefail
cd "$(dirname "$0")/.."
trap 'kill 0' EXIT INT TERM
# The demo's "Expire the link" button (to show relink) uses a test hook of the
# mock host, so the demo runs it with its test hooks on, on loopback only.
MOCK_TEST_HOOKS=1 pnpm --silent --filter @framelink/mock-host start &
pnpm --silent --filter @framelink/demo start &
sleep 2
echo "Open http://localhost:4700 (Ctrl-C to stop)"
wait
