#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian/Ubuntu machine needs (Chromium and Firefox ESR from the distribution
# when missing, for the demo and the browser tests; the npm packages), then builds the extension and runs the demo (screenshots instead of a window when there is no
# display). Needs Node.js 20+ and npm.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update
  $SUDO apt-get install -y chromium || $SUDO apt-get install -y chromium-browser
fi
if [ -z "${FIREFOX_PATH:-}" ] && ! command -v firefox-esr >/dev/null && ! command -v firefox >/dev/null; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get install -y firefox-esr || true # only the Firefox browser tests need it
fi
npm ci --no-audit --no-fund
if [ -n "${DISPLAY:-}" ] && [ "${1:-}" != "--headless" ]; then
  npm run demo
else
  npm run demo -- --headless
fi
