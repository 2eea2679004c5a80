"""Timing helper shared by the Python benchmark runners."""
import time


def best_ns_per_op(fn, iterations=None, repeats=5, budget_s=0.3):
    """Best of `repeats` timings (thread CPU time, like the Swift runner), each running `fn` enough
    times to take about `budget_s`."""
    start = time.thread_time_ns()
    fn()
    single = max(time.thread_time_ns() - start, 1)
    iterations = max(1, min(100000, int(budget_s * 1e9 / single)))
    best = float("inf")
    for _ in range(repeats):
        start = time.thread_time_ns()
        for _ in range(iterations):
            fn()
        best = min(best, (time.thread_time_ns() - start) / iterations)
    return best
