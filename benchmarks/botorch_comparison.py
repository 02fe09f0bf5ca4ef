"""BoTorch on Branin-Currin beside XbarLab's runs of the same problem, budget and seeds (issue 16).

Usage: botorch_comparison.py XBARLAB_JSONL OUT_JSONL FIRST_SEED SEEDS
       botorch_comparison.py --table JSONL...   (the table of runs already made)

Runs BoTorch's qLogNEHVI (its recommended multi-objective acquisition) and Sobol search on
botorch.test_functions.multi_objective.BraninCurrin(negate=True): reference point (-18, -6) in the
maximised convention, maximum hypervolume 59.36. 6 Sobol initial points then 34 sequential (q = 1)
iterations, 40 evaluations in all, as in org.xbarlab.bench.BraninCurrinBotorch. Then prints, per
method, the final hypervolume fraction (mean +- standard error over seeds, and the median), and
for CF-MESMO the cost (in top-fidelity evaluations) to reach MESMO's 40-evaluation hypervolume of
the same seed.
"""
import json
import statistics
import sys
import time

import torch
from botorch.acquisition.multi_objective.logei import qLogNoisyExpectedHypervolumeImprovement
from botorch.fit import fit_gpytorch_mll
from botorch.models import ModelListGP, SingleTaskGP
from botorch.models.transforms.outcome import Standardize
from botorch.optim.optimize import optimize_acqf
from botorch.sampling.normal import SobolQMCNormalSampler
from botorch.test_functions.multi_objective import BraninCurrin
from botorch.utils.multi_objective.box_decompositions.dominated import DominatedPartitioning
from botorch.utils.sampling import draw_sobol_samples
from botorch.utils.transforms import normalize, unnormalize
from gpytorch.mlls.sum_marginal_log_likelihood import SumMarginalLogLikelihood

BUDGET = 40
INITIAL = 6
torch.set_num_threads(2)
TK = {"dtype": torch.double, "device": torch.device("cpu")}
PROBLEM = BraninCurrin(negate=True).to(**TK)
UNIT = torch.zeros(2, 2, **TK)
UNIT[1] = 1


def hypervolume(y):
    return DominatedPartitioning(ref_point=PROBLEM.ref_point, Y=y).compute_hypervolume().item()


def qlognehvi_step(x, y):
    xn = normalize(x, PROBLEM.bounds)
    models = [SingleTaskGP(xn, y[:, i:i + 1], outcome_transform=Standardize(m=1)) for i in range(2)]
    model = ModelListGP(*models)
    fit_gpytorch_mll(SumMarginalLogLikelihood(model.likelihood, model))
    acq = qLogNoisyExpectedHypervolumeImprovement(
        model=model, ref_point=PROBLEM.ref_point.tolist(), X_baseline=xn, prune_baseline=True,
        sampler=SobolQMCNormalSampler(sample_shape=torch.Size([128])))
    cand, _ = optimize_acqf(acq, bounds=UNIT, q=1, num_restarts=10, raw_samples=512,
                            options={"batch_limit": 5, "maxiter": 200})
    return unnormalize(cand.detach(), PROBLEM.bounds)


def run(method, seed):
    torch.manual_seed(seed)
    n = BUDGET if method == "sobol" else INITIAL
    x = draw_sobol_samples(bounds=PROBLEM.bounds, n=n, q=1, seed=seed).squeeze(1).to(**TK)
    y = PROBLEM(x)
    while x.shape[0] < BUDGET:
        new = qlognehvi_step(x, y)
        x = torch.cat([x, new])
        y = torch.cat([y, PROBLEM(new)])
    return [hypervolume(y[:i + 1]) for i in range(BUDGET)]


def cost_to_reach(row, target):
    """Cost (top-fidelity evaluations) at which a run first reaches target; inf if never."""
    return next((c for h, c in zip(row["hv"], row["cost"]) if h >= target), float("inf"))


def censored_median(costs):
    """Median with runs that never reached the target counted as beyond the budget."""
    m = statistics.median(costs)
    return f"> {BUDGET}" if m == float("inf") else f"{m:.1f}"


def wilcoxon_against(by, base, max_hv):
    """Paired (same seed) Wilcoxon signed-rank test of final fractions, base against each method."""
    from scipy.stats import wilcoxon
    ref = {r["seed"]: r["hv"][-1] / max_hv for r in by.get(base, [])}
    for key, rs in by.items():
        pairs = [(ref[r["seed"]], r["hv"][-1] / max_hv) for r in rs if r["seed"] in ref]
        if key == base or len(pairs) < 5:
            continue
        diff = [a - b for a, b in pairs]
        p = wilcoxon([a for a, _ in pairs], [b for _, b in pairs]).pvalue if any(diff) else 1.0
        print(f"{base[1]} - {key[0]} {key[1]}: median paired difference "
              f"{statistics.median(diff):+.3f} over {len(pairs)} seeds, Wilcoxon p = {p:.3g}")


def mean_se(values):
    m = statistics.fmean(values)
    se = statistics.stdev(values) / len(values) ** 0.5 if len(values) > 1 else float("nan")
    return m, se


def main():
    if sys.argv[1] == "--table":
        table([json.loads(line) for f in sys.argv[2:] for line in open(f) if line.strip()])
        return
    ours_path, out_path, first, seeds = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    rows = [json.loads(line) for line in open(ours_path) if line.strip()]
    with open(out_path, "w") as out:
        for seed in range(first, first + seeds):
            for method in ("qlognehvi", "sobol"):
                t0 = time.time()
                hv = run(method, seed)
                row = {"tool": "botorch", "method": method, "seed": seed,
                       "seconds": round(time.time() - t0, 2), "hv": hv,
                       "cost": list(range(1, BUDGET + 1))}
                out.write(json.dumps(row) + "\n")
                out.flush()
                rows.append(row)
                print(f"botorch {method:9s} seed {seed}  hv {hv[-1]:.3f}  {row['seconds']:.1f} s",
                      flush=True)
    table(rows)


def table(rows):
    max_hv = PROBLEM.max_hv
    print(f"\nBranin-Currin, {BUDGET} evaluations ({INITIAL} initial), hypervolume fraction of "
          f"{max_hv:.2f}")
    print("| tool | method | seeds | fraction mean +- SE | median | reached 90 % / 95 % | median "
          "evaluations to 90 % / 95 % | seconds per run |")
    print("|---|---|---|---|---|---|---|---|")
    by = {}
    for r in rows:
        by.setdefault((r["tool"], r["method"]), []).append(r)
    for (tool, method), rs in by.items():
        fr = [r["hv"][-1] / max_hv for r in rs]
        m, se = mean_se(fr)
        sec = statistics.fmean(r["seconds"] for r in rs)
        reach = {q: [cost_to_reach(r, q * max_hv) for r in rs] for q in (0.90, 0.95)}
        rate = " / ".join(f"{sum(c <= BUDGET for c in reach[q])}/{len(rs)}" for q in reach)
        med = " / ".join(censored_median(reach[q]) for q in reach)
        print(f"| {tool} | {method} | {len(rs)} | {m:.3f} +- {se:.3f} | "
              f"{statistics.median(fr):.3f} | {rate} | {med} | {sec:.1f} |")
    wilcoxon_against(by, ("xbarlab", "mesmo"), max_hv)
    mesmo = {r["seed"]: r for r in by.get(("xbarlab", "mesmo"), [])}
    ratios = []
    for r in by.get(("xbarlab", "cf-mesmo"), []):
        if r["seed"] in mesmo:
            # inf (censored) when CF-MESMO never reaches MESMO's hypervolume within its budget
            ratios.append(cost_to_reach(r, mesmo[r["seed"]]["hv"][-1]) / BUDGET)
    if ratios:
        ok = sum(1 for q in ratios if q != float("inf"))
        print(f"\nCF-MESMO cost to reach MESMO's 40-evaluation hypervolume (same seed), as a fraction "
              f"of MESMO's cost: median {statistics.median(ratios):.2f}, reached in {ok} of "
              f"{len(ratios)} seeds; per seed " + ", ".join(f"{q:.2f}" for q in ratios))


if __name__ == "__main__":
    main()
