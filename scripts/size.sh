#!/usr/bin/env bash
# The size budget of the first view: every file in dist/ (wasm, JS, CSS, HTML) gzipped at level 9.
# A build fact, not a timing: it fails when the total passes the budget, so nothing grows unnoticed.
# Usage: scripts/size.sh [dist-dir]   (after `trunk build --release`)
set -euo pipefail
dist=${1:-dist}
# The total at 25f4233 (BENCHMARKS.md, "The app: transfer size"): 390.8 KB, after roadmaps and
# scenario files were read by hand (no serde_path_to_error, no serde_json in the app). A ratchet:
# lower it whenever the app shrinks, never raise it to let a change through.
budget=${SIZE_BUDGET_BYTES:-391000}
total=0
while IFS= read -r -d '' file; do
  bytes=$(gzip -9 -c "$file" | wc -c)
  printf '%9d  %s\n' "$bytes" "${file#"$dist"/}"
  total=$((total + bytes))
done < <(find "$dist" -type f \( -name '*.wasm' -o -name '*.js' -o -name '*.css' -o -name '*.html' \) -print0 | sort -z)
printf '%9d  total gzip -9 (budget %d)\n' "$total" "$budget"
if [ "$total" -gt "$budget" ]; then
  echo "size: the first view is $total bytes gzipped, over the budget of $budget" >&2
  exit 1
fi
