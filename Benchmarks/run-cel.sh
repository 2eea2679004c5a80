#!/usr/bin/env bash
# CEL benchmark: Rampart's engine vs cel-python and the Rust-backed `common-expression-language`
# package, same expressions and data, in one run. Each peer gets its own virtual environment under
# Benchmarks/.venv-*. Prints a markdown table (ns per evaluation and ratios) and allocations.
set -euo pipefail
cd "$(dirname "$0")"
"${SWIFT:-swift}" build -c release --product CELBench >&2
swift_json=$(.build/release/CELBench)

venv() {
  local dir=".venv-$1" package=$2
  if [ ! -x "$dir/bin/python" ]; then
    python3 -m venv "$dir" >&2
    "$dir/bin/pip" install -q "$package" >&2
  fi
  echo "$PWD/$dir/bin/python"
}
celpy_python=$(venv celpy cel-python)
rust_python=$(venv celrust common-expression-language)
celpy_json=$(cd python && "$celpy_python" bench_celpy.py)
rust_json=$(cd python && "$rust_python" bench_celrust.py)

python3 - "$swift_json" "$celpy_json" "$rust_json" <<'PY'
import json, sys
swift, celpy, rust = (json.loads(a) for a in sys.argv[1:4])
rows = ["compile_200", "all_containers_nonroot", "name_matches_regex", "map_filter_1000"]
def fmt(ns):
    return f"{ns/1000:.2f} µs" if ns >= 1000 else f"{ns:.0f} ns"
print("| case | Rampart | allocs/eval | cel-python | Rust (common-expression-language) | vs cel-python | vs Rust |")
print("|---|---|---|---|---|---|---|")
for row in rows:
    s, p, r = swift[row]["ns"], celpy[row], rust[row]
    print(f"| {row} | {fmt(s)} | {swift[row]['allocs']:.1f} | {fmt(p)} | {fmt(r)} | {p/s:.0f}× faster | {r/s:.2f}× faster |")
PY
