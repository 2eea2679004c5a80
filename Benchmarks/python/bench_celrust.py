"""Times the Rust-backed `common-expression-language` package (module `cel`): the evaluation
call alone, with the context built once."""
import json
import sys
import time

import cel

from cel_cases import CASES, COMPILE_200


def best_ns_per_op(fn, iterations, repeats=5):
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter_ns()
        for _ in range(iterations):
            fn()
        best = min(best, (time.perf_counter_ns() - start) / iterations)
    return best


def main():
    results = {}
    results["compile_200"] = best_ns_per_op(lambda: cel.compile(COMPILE_200), 2000)
    for name, expr, data in CASES:
        program = cel.compile(expr)
        context = cel.Context(data)
        result = program.execute(context)
        assert bool(result), (name, result)
        iterations = 2000 if "1000" in name else 20000
        results[name] = best_ns_per_op(lambda: program.execute(context), iterations)
    json.dump(results, sys.stdout)


main()
