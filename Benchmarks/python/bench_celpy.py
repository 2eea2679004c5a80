"""Times cel-python (celpy) on the shared cases: the evaluation call alone, after compiling once."""
import json
import sys
import time

import celpy

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
    env = celpy.Environment()
    results = {}
    results["compile_200"] = best_ns_per_op(lambda: env.program(env.compile(COMPILE_200)))
    for name, expr, data in CASES:
        program = env.program(env.compile(expr))
        activation = {key: celpy.json_to_cel(value) for key, value in data.items()}
        result = program.evaluate(activation)
        assert bool(result), (name, result)
        results[name] = best_ns_per_op(lambda: program.evaluate(activation))
    json.dump(results, sys.stdout)


main()
