#!/usr/bin/env bash
# Brings a machine that has only Node.js and npm to one that can build and
# test Framelink: pnpm, Debian's Chromium, Firefox ESR and WebKitGTK, and the
# workspace's packages.
# Safe to run again: each step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

PNPM_VERSION=12.21.0
CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"

if ! command -v pnpm >/dev/null 2>&1; then
  echo "› installing pnpm ${PNPM_VERSION}"
  npm install --global --no-fund --no-audit "pnpm@${PNPM_VERSION}" >/dev/null
fi

# The browsers, from Debian (Playwright's own browser downloads are not used):
# Chromium for the Playwright specs; Firefox ESR, WebKitGTK's WebDriver and a
# virtual X display (MiniBrowser has no headless mode) for the cross-engine
# suite (e2e/engines). One apt-get update, only when something is missing.
missing=()
[ -x "$CHROMIUM_PATH" ] || missing+=(chromium)
command -v firefox-esr >/dev/null 2>&1 || missing+=(firefox-esr)
command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
if [ ${#missing[@]} -gt 0 ]; then
  echo "› installing Debian's ${missing[*]}"
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

echo "› installing workspace packages"
pnpm install --frozen-lockfile --reporter=silent
