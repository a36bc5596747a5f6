#!/usr/bin/env bash
# Installs whatever this machine lacks to build, serve and test Veikart, and skips what is there.
# Only the package registries are reachable: every tool comes from cargo, apt or npm, pinned, and
# trunk is told never to download anything.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

TRUNK_VERSION=0.21.14 # 0.22 needs rustc >= 1.96.1

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The wasm-bindgen CLI must equal the wasm-bindgen crate in Cargo.lock, or trunk tries to download it.
want_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$want_bindgen" ]; then
  say "installing wasm-bindgen-cli $want_bindgen (about 5 minutes)"
  # No --locked: its lockfile pins a webpki-roots version the registry does not offer.
  cargo install wasm-bindgen-cli --version "$want_bindgen" --force
fi

if [ "$(trunk --version 2>/dev/null | awk '{print $2}')" != "$TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 9 minutes)"
  cargo install trunk --version "$TRUNK_VERSION" --locked --force
fi

# The browser tests drive Chromium through playwright-core (no chromedriver); scripts/size.sh
# reports the brotli size beside the gzip budget.
if ! command -v chromium >/dev/null || ! command -v brotli >/dev/null; then
  say "installing chromium and brotli from Debian"
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""
  [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq chromium brotli >/dev/null
fi

# wasm-opt from npm's binaryen (Debian's is too old to read current wasm), terser (minifies the
# release build's JavaScript), playwright-core, axe-core.
if ! node -e "require('./node_modules/playwright-core/package.json'); require('./node_modules/binaryen/package.json'); require('./node_modules/axe-core/package.json'); require('./node_modules/@axe-core/playwright/package.json'); require('./node_modules/terser/package.json')" 2>/dev/null; then
  say "installing npm tools (binaryen, terser, playwright-core, axe-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

# Builds below run offline (trunk passes --offline to cargo), so fetch the crates once.
cargo fetch --quiet
say "ready"
