#!/usr/bin/env bash
# `npm run setup`: everything a fresh Debian/Ubuntu machine needs (Chromium from the distribution when missing, the
# npm packages), then builds the extension and runs the demo (screenshots instead of a window when there is no
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
npm ci --no-audit --no-fund
if [ -n "${DISPLAY:-}" ] && [ "${1:-}" != "--headless" ]; then
  npm run demo
else
  npm run demo -- --headless
fi
