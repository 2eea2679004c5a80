#!/usr/bin/env bash
# Builds and runs one fuzz target of the Fuzz/ package with libFuzzer and AddressSanitizer.
#   scripts/fuzz.sh TARGET SECONDS      e.g. scripts/fuzz.sh FuzzCELParser 300
# The seed corpus is generated from ../shared/conformance (RAMPART_SHARED overrides) into the
# git-ignored fuzz-corpus-<target>/; crashes are written to fuzz-corpus-<target>-crashes/ (also git-ignored).
set -euo pipefail
target=${1:?usage: scripts/fuzz.sh TARGET SECONDS}
seconds=${2:-60}
root=$(cd "$(dirname "$0")/.." && pwd)
jobs=${JOBS:-2}

find_shared() {
  if [ -n "${RAMPART_SHARED:-}" ]; then echo "$RAMPART_SHARED"; return; fi
  local dir=$root
  while [ "$dir" != "/" ]; do
    dir=$(dirname "$dir")
    if [ -d "$dir/shared/conformance" ]; then echo "$dir/shared"; return; fi
  done
}

corpus="$root/fuzz-corpus-$target"
artifacts="$root/fuzz-corpus-$target-crashes"
mkdir -p "$corpus" "$artifacts"

case "$target" in
  FuzzCELParser | FuzzCELEval)
    shared=$(find_shared)
    if [ -n "$shared" ] && [ -z "$(ls -A "$corpus")" ]; then
      python3 - "$shared" "$corpus" <<'PY'
import glob, hashlib, json, os, sys
shared, corpus = sys.argv[1], sys.argv[2]
expressions = set()
for path in glob.glob(os.path.join(shared, "conformance/cel/*.json")):
    data = json.load(open(path))
    for section in data.get("sections", []):
        for test in section["tests"]:
            expressions.add(test["expr"])
k8s = os.path.join(shared, "conformance/k8s-cel/cases.json")
if os.path.exists(k8s):
    for case in json.load(open(k8s))["cases"]:
        expressions.add(case["expr"])
for expression in expressions:
    name = hashlib.sha1(expression.encode()).hexdigest()
    with open(os.path.join(corpus, name), "w") as out:
        out.write(expression)
print(f"seeded {len(expressions)} expressions")
PY
    fi
    dict_option=(-dict="$root/Fuzz/cel.dict")
    ;;
  FuzzYAML | FuzzJSON)
    if [ -z "$(ls -A "$corpus")" ]; then
      if [ "$target" = FuzzYAML ]; then seeds="$root/Tests/RampartYAMLTests/Fixtures"; else seeds="$root/Tests/RampartJSONTests/Fixtures"; fi
      cp "$seeds"/* "$corpus"/
    fi
    dict_option=()
    if [ "$target" = FuzzYAML ]; then dict_option=(-dict="$root/Fuzz/yaml.dict"); fi
    ;;
  FuzzDockerfile)
    if [ -z "$(ls -A "$corpus")" ]; then
      cp "$root"/Tests/RampartDockerfileTests/Fixtures/*.Dockerfile "$corpus"/
      echo "seeded $(ls "$corpus" | wc -l) Dockerfiles"
    fi
    dict_option=(-dict="$root/Fuzz/dockerfile.dict")
    ;;
  *)
    dict_option=()
    ;;
esac

build() { (cd "$root/Fuzz" && swift build -c debug -j "$jobs" -Xswiftc -sanitize=fuzzer,address --product "$target"); }
# SwiftPM sometimes plans with a stale file list after files are added to the root package;
# the second attempt re-plans.
build || build
binary="$root/Fuzz/.build/debug/$target"
# detect_leaks=0: LeakSanitizer reports Swift's lazily initialised globals (the CEL environment,
# type constants), allocated once and alive until exit, as leaks when the process ends.
"$binary" "$corpus" "${dict_option[@]}" -detect_leaks=0 -max_total_time="$seconds" -artifact_prefix="$artifacts/" -print_final_stats=1
