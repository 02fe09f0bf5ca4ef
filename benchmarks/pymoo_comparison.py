"""Python half of the optimiser benchmark: compare XbarLab's exact hypervolume with moocore's, and
XbarLab's NSGA-II with pymoo's, on the same machine in one run.

Run through benchmarks/run.sh, which builds the Java half and installs pymoo and moocore from PyPI
into benchmarks/.venv.
"""
import json
import sys
import time

import moocore
import numpy as np
from pymoo.algorithms.moo.nsga2 import NSGA2
from pymoo.optimize import minimize
from pymoo.problems import get_problem


def timed_ms(call):
    """Mean milliseconds per call after a warm-up, repeated for at least 0.3 s (as the Java half)."""
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 0.2:
        call()
    reps = 0
    t0 = time.perf_counter()
    while reps < 3 or time.perf_counter() - t0 < 0.3:
        call()
        reps += 1
    return (time.perf_counter() - t0) * 1000 / reps


def main(path):
    with open(path) as f:
        data = json.load(f)
    print("| front | points | XbarLab HV | moocore HV | abs. difference | XbarLab ms | moocore ms "
          "| XbarLab / moocore | WFG (before) ms | one contribution ms |")
    print("|---|---|---|---|---|---|---|---|---|---|")
    worst = 0.0
    for fr in data["fronts"]:
        pts = np.array(fr["points"])
        ref = np.array(fr["ref"])
        hv = moocore.hypervolume(pts, ref=ref)
        ms = timed_ms(lambda: moocore.hypervolume(pts, ref=ref))
        diff = abs(hv - fr["hv"])
        worst = max(worst, diff / max(1.0, abs(hv)), abs(hv - fr["wfg_hv"]) / max(1.0, abs(hv)))
        wfg = "-" if fr["wfg_ms"] is None else "%.3f" % fr["wfg_ms"]
        print("| %d-D | %d | %.12f | %.12f | %.1e | %.4f | %.4f | %.1f | %s | %.4f |" % (
            fr["d"], fr["n"], fr["hv"], hv, diff, fr["ms"], ms, fr["ms"] / ms, wfg,
            fr["contribution_ms"]))
    print()
    print("largest relative hypervolume difference: %.1e (goal <= 1e-9): %s" % (worst, "PASS" if worst <= 1e-9 else "FAIL"))
    ours = data["nsga2"]
    front = np.array(ours["front"])
    ours_hv = moocore.hypervolume(front, ref=np.array([1.0, 1.0]))
    problem = get_problem("zdt1", n_var=30)
    t0 = time.perf_counter()
    res = minimize(problem, NSGA2(pop_size=100), ("n_gen", 250), seed=1, verbose=False)
    seconds = time.perf_counter() - t0
    theirs_hv = moocore.hypervolume(res.F, ref=np.array([1.0, 1.0]))
    print()
    print("| ZDT1, NSGA-II, population 100, 25,000 evaluations | hypervolume (ref 1,1; moocore) | seconds |")
    print("|---|---|---|")
    print("| XbarLab (MOEA Framework NSGA-II) | %.6f | %.2f |" % (ours_hv, ours["seconds"]))
    print("| pymoo %s | %.6f | %.2f |" % (__import__("pymoo").__version__, theirs_hv, seconds))
    print("hypervolume of our own front by our code: %.12f, by moocore: %.12f" % (ours["hv"], ours_hv))
    return 0 if worst <= 1e-9 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
