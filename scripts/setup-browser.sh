#!/usr/bin/env bash
# Makes sure the end-to-end tests have a Chromium to drive.
# - A system Chromium (or $PW_CHROMIUM_PATH) is used when present.
# - On Debian/Ubuntu as root, Debian's chromium is installed with apt-get
#   (Playwright's own browser download is blocked on some networks).
# - Elsewhere, Playwright downloads its own Chromium.
set -euo pipefail

for candidate in "${PW_CHROMIUM_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -n "$candidate" ] && [ -x "$candidate" ]; then
    echo "Browser for e2e tests: $candidate"
    exit 0
  fi
done

if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = "0" ]; then
  echo "Installing Debian's chromium for the e2e tests (apt-get)…"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends chromium fonts-liberation; then
    apt-get update
    apt-get install -y --no-install-recommends chromium fonts-liberation
  fi
  exit 0
fi

echo "No system Chromium found: installing Playwright's own Chromium…"
npx playwright install chromium
