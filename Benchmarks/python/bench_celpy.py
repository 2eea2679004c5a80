"""Times cel-python (celpy) on the shared cases: the evaluation call alone, after compiling once."""
import json
import sys
import time

import celpy

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
    env = celpy.Environment()
    results = {}
    results["compile_200"] = best_ns_per_op(lambda: env.program(env.compile(COMPILE_200)), 20)
    for name, expr, data in CASES:
        program = env.program(env.compile(expr))
        activation = {key: celpy.json_to_cel(value) for key, value in data.items()}
        result = program.evaluate(activation)
        assert bool(result), (name, result)
        iterations = 20 if "1000" in name else 200
        results[name] = best_ns_per_op(lambda: program.evaluate(activation), iterations)
    json.dump(results, sys.stdout)


main()
