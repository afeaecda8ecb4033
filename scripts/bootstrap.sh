#!/usr/bin/env bash
# Brings a machine that has only Node.js and npm to one that can build and
# test Framelink: pnpm, Debian's Chromium, and the workspace's packages.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm ${PNPM_VERSION}"
  npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" >/dev/null
fi

if [ ! -x "$CHROMIUM_PATH" ]; then
  echo "› installing Debian's chromium (Playwright's own browser download is not used)"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

echo "› installing workspace packages"
pnpm install --frozen-lockfile --reporter=silent
