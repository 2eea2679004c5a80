#!/usr/bin/env python3
"""Helpers for run-scan.sh (standard library only).

  measure.py time-v FILE                 -> "WALL_SECONDS RSS_KB" from a `/usr/bin/time -v -o FILE` log
  measure.py count rampart|checkov|hadolint REPORT.json -> number of failing findings in a report
  measure.py table RESULTS.tsv           -> markdown table with speed and memory ratios vs Rampart

RESULTS.tsv columns: tool, files, wall seconds, peak RSS KiB, findings, note.
"""

import json
import sys


def parse_time_v(path):
    wall = rss = None
    with open(path, encoding="utf-8", errors="replace") as handle:
        for line in handle:
            line = line.strip()
            if line.startswith("Elapsed (wall clock) time"):
                clock = line.rsplit(" ", 1)[-1]
                seconds = 0.0
                for part in clock.split(":"):
                    seconds = seconds * 60 + float(part)
                wall = seconds
            elif line.startswith("Maximum resident set size"):
                rss = int(line.rsplit(" ", 1)[-1])
    if wall is None or rss is None:
        raise SystemExit("no /usr/bin/time -v figures in " + path)
    return wall, rss


def count_findings(tool, path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, ValueError):
        return "n/a"
    if tool == "rampart":
        return sum(1 for finding in data.get("findings", []) if finding.get("status") == "fail")
    if tool == "checkov":
        reports = data if isinstance(data, list) else [data]
        total = 0
        for report in reports:
            if isinstance(report, dict):
                total += len(report.get("results", {}).get("failed_checks", []))
        return total
    if tool == "hadolint":
        return len(data) if isinstance(data, list) else "n/a"
    raise SystemExit("unknown tool " + tool)


def table(path):
    rows = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            tool, files, wall, rss, findings, note = (line.rstrip("\n").split("\t") + [""] * 6)[:6]
            rows.append((tool, int(files), float(wall), int(rss), findings, note))
    references = {row[0]: row for row in rows}
    out = ["| tool | files | wall time (s) | files/s | peak RSS (MB) | findings | Rampart speed × | Rampart memory × | note |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---|"]
    for tool, files, wall, rss, findings, note in rows:
        baseline = references.get("rampart (Dockerfiles only)") if tool == "hadolint" else references.get("rampart")
        if tool.startswith("rampart") or baseline is None:
            speed = memory = "—"
        else:
            speed = "%.1f×" % (wall / baseline[2]) if baseline[2] > 0 else "—"
            memory = "%.1f×" % (rss / baseline[3]) if baseline[3] > 0 else "—"
        out.append("| %s | %d | %.2f | %.0f | %.1f | %s | %s | %s | %s |" % (
            tool, files, wall, files / wall if wall > 0 else 0, rss / 1024, findings, speed, memory, note))
    return "\n".join(out)


def main():
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    command = sys.argv[1]
    if command == "time-v":
        wall, rss = parse_time_v(sys.argv[2])
        print("%.3f %d" % (wall, rss))
    elif command == "count":
        print(count_findings(sys.argv[2], sys.argv[3]))
    elif command == "table":
        print(table(sys.argv[2]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
