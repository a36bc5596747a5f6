#!/usr/bin/env bash
# Every test: the native core (unit, property, malformed-data and CLI tests), then the release
# app built as it is deployed and driven in headless Chromium. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

echo "== formatting"
cargo fmt --all -- --check

echo "== lints (native, all targets; wasm32)"
cargo clippy --offline --all-targets -- -D warnings
cargo clippy --offline --target wasm32-unknown-unknown -- -D warnings

echo "== native tests"
cargo test --offline

echo "== release build (trunk, wasm-opt)"
trunk build --release

echo "== size budget of the first view"
./scripts/size.sh dist

echo "== browser tests"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 scripts/serve.py --dir dist --port "$port" >/tmp/veikart-serve.log 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
python3 - "$port" <<'PY'
import sys, time, urllib.request
for _ in range(100):
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{sys.argv[1]}/", timeout=1)
        break
    except OSError:
        time.sleep(0.1)
PY
BASE_URL="http://127.0.0.1:$port/" node --test --test-concurrency=1 tests/e2e/
