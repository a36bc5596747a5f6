#!/usr/bin/env sh
# Trunk's post-build hook (Trunk.toml): minifies the page's wasm-bindgen glue with terser in a
# release build. Trunk's own minifier handles the workers' classic scripts but not this ES module
# (`export default`): it is 52 KB as wasm-bindgen writes it, 23 KB minified.
set -eu
[ "$TRUNK_PROFILE" = release ] || exit 0
for file in "$TRUNK_STAGING_DIR"/veikart-*.js; do
  node_modules/.bin/terser "$file" --module --compress --mangle --output "$file"
done
