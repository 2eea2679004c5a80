"""Times the Rust-backed `common-expression-language` package (module `cel`): the evaluation
call alone, with the context built once."""
import json
import sys

import cel

from cel_cases import CASES, COMPILE_200
from timing import best_ns_per_op


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
