"""Times cel-python (celpy) on the shared cases: the evaluation call alone, after compiling once."""
import json
import sys

import celpy

from cel_cases import CASES, COMPILE_200
from timing import best_ns_per_op


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
