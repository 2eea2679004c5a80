"""Times the Rust-backed `common-expression-language` package (module `cel`): the evaluation
call alone, with the context built once."""
import json
import sys
import time

import cel

from cel_cases import CASES, COMPILE_200


def best_ns_per_op(fn, iterations=None, repeats=5, budget_s=0.3):
    """Best of `repeats` timings, each running `fn` enough times to take about `budget_s`."""
    start = time.perf_counter_ns()
    fn()
    single = max(time.perf_counter_ns() - start, 1)
    iterations = max(1, min(100000, int(budget_s * 1e9 / single)))
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(iterations):
            fn()
        best = min(best, (time.perf_counter_ns() - start) / iterations)
    return best


def main():
    results = {}
    results["compile_200"] = best_ns_per_op(lambda: cel.compile(COMPILE_200))
    for name, expr, data in CASES:
        program = cel.compile(expr)
        context = cel.Context(data)
        result = program.execute(context)
        assert bool(result), (name, result)
        results[name] = best_ns_per_op(lambda: program.execute(context))
    json.dump(results, sys.stdout)


main()
