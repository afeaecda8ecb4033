#!/usr/bin/env bash
# npm run setup: install everything, build, and start the demo (the mock
# frame host and a merchant page) until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
pnpm build
exec bash scripts/demo.sh
