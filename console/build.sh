#!/usr/bin/env bash
# Rebuilds the web console's bundle (src/main/resources/META-INF/resources/console) from console/ with the
# versions pinned in package-lock.json. Needs Node 18+ and npm; the Maven build does not run this, it ships the
# committed bundle, so the README's two commands need Java only.
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
node build.mjs
ls -l ../src/main/resources/META-INF/resources/console
