#!/usr/bin/env bash
# Installs what is missing, builds the release app (default roadmap embedded) and serves it on
# http://127.0.0.1:${PORT:-8080}/ with the headers a strict host would send.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
exec python3 scripts/serve.py --dir dist --port "${PORT:-8080}"
