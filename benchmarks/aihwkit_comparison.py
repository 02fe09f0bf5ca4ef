"""Python half of the crossbar-inference throughput benchmark: time IBM aihwkit's CPU simulator on
the workload of XbarLab's CrossbarBenchmark (pytorx case), in the same run on the same machine, and
report images/s for both and the ratio XbarLab / aihwkit.

Why: to know where XbarLab's Monte-Carlo inference stands against a widely used simulator, both
must be timed on the same network, inputs, batch, threads and machine, in one run (so both see the
same load; each reports its fastest pass). Run through benchmarks/run.sh (case `aihwkit`), which first runs the Java half
(org.xbarlab.bench.AihwkitWorkload) and passes its JSON here:

    python benchmarks/aihwkit_comparison.py build/aihwkit-xbarlab.json build/aihwkit-comparison.json

Workload (both sides): LeNet-size network, conv 5x5x20 (valid) + ReLU, max-pool 2x2/2, conv 5x5x50
+ ReLU, max-pool 2x2/2, dense 800->500 + ReLU, dense 500->10 + softmax; random Xavier-normal
weights, zero biases, 8-bit per-layer weight quantisation (dW = max|W|/127, as XbarLab's
QuantizedMatrix); 2048 seeded uniform [0,1) 28x28x1 images, batch 256; 2 threads; no_grad/eval;
one warm-up pass, then the best (fastest) of 5 passes over all 2048 images. The weight values and
images are drawn by different generators (Java vs torch), with the same distributions: throughput
does not depend on the values.

How the XbarLab pytorx preset maps onto aihwkit's InferenceRPUConfig (RPUCuda C++ tile on CPU):

| XbarLab (CrossbarConfig.pytorx())               | aihwkit setting used here                      |
|-------------------------------------------------|------------------------------------------------|
| 64x64 tiles                                      | mapping.max_input_size = max_output_size = 64  |
| 8-bit DAC, range calibrated per layer on the    | forward.inp_res = 1/(2^8-2), inp_bound = 1,    |
| first 256 images (AdcRangePolicy.CALIBRATED)    | noise_management = CONSTANT, nm_thres = the    |
|                                                 | layer's largest input on the same 256 images   |
| 8-bit ADC, range calibrated per row tile on the | forward.out_res = 1/(2^8-2), out_bound = the   |
| largest noise-free partial sum, clipped         | layer's largest |tile output| on those images, |
|                                                 | bound_management = NONE (clip, no re-runs)     |
| read noise (thermal+shot+programming) + RTN,    | forward.w_noise_type = ADDITIVE_CONSTANT,      |
| drawn per cell once per read (= per batch),     | forward.w_noise = 0.0038 (relative to the      |
| about 0.48 level (of 127) per weight pair       | tile's max |w| = 1), drawn anew every MVM      |
| no separate sense-amp / output noise            | forward.out_noise = 0                          |
| line resistance off                             | forward.ir_drop = 0                            |
| no drift, no drift compensation                 | drift_compensation = None, noise_model never   |
|                                                 | applied (no program/drift_analog_weights call) |
| 8-bit weights, bias digital                     | weights pre-quantised to 8 bit; digital_bias   |
| per-layer weight step                           | mapping.weight_scaling_omega = 1 (per tile)    |

The per-layer ranges are set with convert_to_analog's specific_rpu_config_fun and written to the
JSON ("calibration").

The noise figure: dG = (3.33e-4 - 3.33e-7) S / 2^7; PytorX read noise at 10 MHz, 300 K, 0.1 V has
sigma ~ 0.335 dG per cell (dominated by the (dG/3)^2 programming term), RTN (p = 0.5, jump 0.13 to
0.26 dG) adds std 0.06 to 0.13 dG, so a differential pair has sigma ~ 0.48 dG on a 127-level weight:
0.48 / 127 = 0.0038 of the largest weight.

What differs, honestly (the workloads are comparable in size and kind, not identical):
  * XbarLab simulates the devices: each 8-bit weight is a differential pair of 7-bit cells in
    siemens, noise is drawn per cell (2 Gaussians + 1 uniform per cell per read), the difference
    is taken in conductance, and a 64x64 physical tile holds 64x32 weights. aihwkit has no
    conductance, bit-slice or differential-pair model in the forward pass: a 64x64 tile holds
    64x64 signed weights and its weight noise is output-referred (one Gaussian per output per
    input vector, scaled by the input norm), not per cell.
  * Noise statistics: XbarLab shares one noise draw of every cell across a batch of 256 images (one
    read per minibatch); aihwkit draws fresh noise for every input vector (every image and conv
    position). RTN (a non-zero-mean two-level jump) has no aihwkit counterpart; its variance is
    folded into w_noise.
  * DAC: XbarLab's DAC is unsigned (255 levels for the non-negative inputs here); aihwkit's is
    signed, so 8 bit give 127 positive levels. ADC: XbarLab calibrates a range per (row tile,
    slice); aihwkit has one out_bound per rpu_config, so one per layer here. aihwkit's default
    per-vector input scaling (ABS_MAX) is replaced by the constant calibrated one to mirror XbarLab.
  * Tiling: XbarLab fills tiles from the top (800 rows = 12 x 64 + 32); aihwkit splits evenly
    (13 tiles of 61 or 62 rows). Same number of row tiles, 121 aihwkit tiles vs 233 XbarLab tiles
    (XbarLab counts physical 64x64 tiles of 64x32 weights).
  * XbarLab's timed pass includes programming a new chip (drawing the frozen cell state); aihwkit's
    weights are set once at conversion.
  * XbarLab runs on ND4J (OpenMP, 2 threads) plus Java parallel streams; aihwkit runs RPUCuda's CPU
    path (OpenBLAS/OpenMP) under torch with torch.set_num_threads(2).
  * For reference the script also times aihwkit's pure-torch tile (TorchInferenceRPUConfig), which
    rejects forward.w_noise: there the same noise is given as output noise of equal average size,
    out_noise = w_noise * (RMS norm of a tile's normalised input vector, per layer, calibrated);
    and the digital torch network, the counterpart of DL4J's net.output.
  * Both sides print a sanity line (untimed, first batch): mean |y1 - y2| of two noisy reads and
    mean |y - digital| of the softmax outputs. The networks' weight values differ, so these only
    show that noise is on and of the same order, not equal. Weights and images are seeded; the
    RPUCuda tile's noise generator is not seedable from Python, so its sanity values vary slightly
    from run to run (timings do not depend on them).
  * Per-pass times and the load average are written too: on a shared machine the spread shows how
    much the best-of-5 numbers can be trusted.
"""
import argparse
import json
import math
import os
import platform
import time

import torch
from torch import nn
from torch.nn import functional as F

import aihwkit
from aihwkit.nn.conversion import convert_to_analog
from aihwkit.simulator.configs import InferenceRPUConfig, TorchInferenceRPUConfig
from aihwkit.simulator.parameters.enums import (
    BoundManagementType,
    NoiseManagementType,
    WeightNoiseType,
)

TILE = 64
BITS = 8
W_NOISE = 0.0038  # see the docstring: PytorX read noise + RTN of a differential pair, / 127


def lenet():
    """The CrossbarBenchmark.lenet() architecture, seeded Xavier-normal weights, zero biases."""
    torch.manual_seed(1)
    model = nn.Sequential(
        nn.Conv2d(1, 20, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Conv2d(20, 50, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Flatten(),
        nn.Linear(800, 500), nn.ReLU(),
        nn.Linear(500, 10), nn.Softmax(dim=1),
    )
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, (nn.Conv2d, nn.Linear)):
                nn.init.xavier_normal_(m.weight)
                nn.init.zeros_(m.bias)
                step = m.weight.abs().max() / (2 ** (BITS - 1) - 1)
                m.weight.copy_(torch.round(m.weight / step) * step)
    return model.eval()


def splits(size):
    """aihwkit's TileModuleArray split of `size` rows or columns into balanced parts of <= TILE."""
    n = -(-size // TILE)
    base, extra = divmod(size, n)
    bounds = [0]
    for i in range(n):
        bounds.append(bounds[-1] + base + (i < extra))
    return list(zip(bounds[:-1], bounds[1:]))


def calibrate(model, x):
    """Per weighted layer (by module name): the DAC range (largest input), the ADC range (largest
    |tile output| in units of that input range and of each tile's max |w|) and the RMS norm of one
    tile's normalised input vector, measured on the calibration batch `x` like XbarLab's
    CrossbarMapping.map (AdcRangePolicy.CALIBRATED)."""
    weighted = {n: m for n, m in model.named_modules() if isinstance(m, (nn.Conv2d, nn.Linear))}
    inputs = {}
    hooks = [m.register_forward_hook(lambda mod, inp, out, n=n: inputs.__setitem__(n, inp[0]))
             for n, m in weighted.items()]
    model(x)
    for h in hooks:
        h.remove()
    ranges = {}
    for n, m in weighted.items():
        v = inputs[n]
        if isinstance(m, nn.Conv2d):
            v = F.unfold(v, m.kernel_size).transpose(1, 2).reshape(-1, m.weight[0].numel())
        w = m.weight.reshape(m.weight.shape[0], -1)
        dac = float(v.abs().max())
        v = v / dac
        adc, sq, count = 0.0, 0.0, 0
        for i0, i1 in splits(w.shape[1]):
            sq += float((v[:, i0:i1] ** 2).sum(1).mean())
            count += 1
            for o0, o1 in splits(w.shape[0]):
                wt = w[o0:o1, i0:i1]
                adc = max(adc, float((v[:, i0:i1] @ (wt / wt.abs().max()).T).abs().max()))
        ranges[n] = {"dac_range": dac, "adc_range": adc, "rms_tile_input_norm": math.sqrt(sq / count)}
    return ranges


def rpu_config(torch_tile=False):
    """InferenceRPUConfig as close to CrossbarConfig.pytorx() as aihwkit allows (see docstring);
    the per-layer DAC/ADC ranges and the torch tile's output noise are set by layer_config."""
    cfg = TorchInferenceRPUConfig() if torch_tile else InferenceRPUConfig()
    cfg.mapping.max_input_size = TILE
    cfg.mapping.max_output_size = TILE
    cfg.mapping.digital_bias = True
    cfg.mapping.weight_scaling_omega = 1.0
    cfg.forward.inp_bound = 1.0
    cfg.forward.inp_res = 1 / (2 ** BITS - 2)
    cfg.forward.out_res = 1 / (2 ** BITS - 2)
    cfg.forward.noise_management = NoiseManagementType.CONSTANT
    cfg.forward.bound_management = BoundManagementType.NONE
    cfg.forward.ir_drop = 0.0
    if torch_tile:
        cfg.forward.w_noise_type = WeightNoiseType.NONE
        cfg.forward.w_noise = 0.0
    else:
        cfg.forward.w_noise_type = WeightNoiseType.ADDITIVE_CONSTANT
        cfg.forward.w_noise = W_NOISE
    cfg.forward.out_noise = 0.0
    cfg.drift_compensation = None
    return cfg


def layer_config(ranges):
    """specific_rpu_config_fun for convert_to_analog: the calibrated ranges of each layer."""
    def fun(name, module, cfg):
        if name not in ranges:  # the root module
            return cfg
        r = ranges[name]
        cfg.forward.nm_thres = r["dac_range"]
        cfg.forward.out_bound = r["adc_range"]
        if isinstance(cfg, TorchInferenceRPUConfig):
            cfg.forward.out_noise = W_NOISE * r["rms_tile_input_norm"]
        return cfg
    return fun


def settings(cfg):
    f = cfg.forward
    return {
        "rpu_config": type(cfg).__name__,
        "mapping.max_input_size": cfg.mapping.max_input_size,
        "mapping.max_output_size": cfg.mapping.max_output_size,
        "mapping.digital_bias": cfg.mapping.digital_bias,
        "mapping.weight_scaling_omega": cfg.mapping.weight_scaling_omega,
        "forward.inp_bound": f.inp_bound,
        "forward.inp_res": f.inp_res,
        "forward.out_bound": "per layer: calibrated ADC range (see calibration)",
        "forward.out_res": f.out_res,
        "forward.noise_management": f.noise_management.value,
        "forward.nm_thres": "per layer: calibrated DAC range (see calibration)",
        "forward.bound_management": f.bound_management.value,
        "forward.w_noise_type": f.w_noise_type.value,
        "forward.w_noise": f.w_noise,
        "forward.out_noise": f.out_noise if f.w_noise > 0 else "per layer: w_noise * RMS tile input norm",
        "forward.ir_drop": f.ir_drop,
        "drift_compensation": None if cfg.drift_compensation is None else type(cfg.drift_compensation).__name__,
    }


def one_pass(model, x, batch):
    t0 = time.perf_counter()
    for i in range(0, x.shape[0], batch):
        model(x[i:i + batch])
    return time.perf_counter() - t0


def passes(model, x, batch, reps):
    """Seconds of each of `reps` passes after one warm-up pass (the best is reported)."""
    one_pass(model, x, batch)
    return [one_pass(model, x, batch) for _ in range(reps)]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("xbarlab_json", nargs="?", help="output of org.xbarlab.bench.AihwkitWorkload")
    ap.add_argument("out_json", nargs="?", default="build/aihwkit-comparison.json")
    ap.add_argument("--images", type=int, default=2048)
    ap.add_argument("--batch", type=int, default=256)
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    torch.set_num_threads(2)
    load_start = os.getloadavg()
    gen = torch.Generator().manual_seed(1)
    x = torch.rand(args.images, 1, 28, 28, generator=gen)
    digital = lenet()
    variants = [("aihwkit InferenceRPUConfig (RPUCuda)", rpu_config(False)),
                ("aihwkit TorchInferenceRPUConfig", rpu_config(True))]
    results = []
    with torch.no_grad():
        reference = digital(x[:args.batch])
        ranges = calibrate(digital, x[:args.batch])
        for name, cfg in variants:
            analog = convert_to_analog(lenet(), cfg, specific_rpu_config_fun=layer_config(ranges)).eval()
            tiles = sum(1 for _ in analog.analog_tiles())
            y1 = analog(x[:args.batch])
            y2 = analog(x[:args.batch])
            times = passes(analog, x, args.batch, args.reps)
            results.append({
                "name": name, "best_seconds": min(times), "images_per_second": args.images / min(times),
                "pass_seconds": times,
                "analog_tiles": tiles, "settings": settings(cfg),
                # sanity: noise is on (two reads differ) and small (close to the digital output)
                "mean_abs_diff_two_reads": float((y1 - y2).abs().mean()),
                "mean_abs_diff_vs_digital": float((y1 - reference).abs().mean()),
                "top1_agreement_vs_digital": float((y1.argmax(1) == reference.argmax(1)).float().mean()),
            })
        times = passes(digital, x, args.batch, args.reps)
        results.append({"name": "torch digital (nn.Module)", "best_seconds": min(times),
                        "images_per_second": args.images / min(times), "pass_seconds": times})
    ours = None
    if args.xbarlab_json:
        with open(args.xbarlab_json) as f:
            ours = json.load(f)
    main_aihwkit = results[0]["images_per_second"]
    print()
    print("Crossbar Monte-Carlo inference, LeNet-size, %d images, batch %d, 2 threads, best of %d"
          % (args.images, args.batch, args.reps))
    print("| simulator | images/s | XbarLab / this |")
    print("|---|---|---|")
    if ours:
        print("| XbarLab CrossbarConfig.pytorx() (Java, ND4J) | %.1f | 1.00 |" % ours["images_per_second"])
    for r in results:
        ratio = "%.2f" % (ours["images_per_second"] / r["images_per_second"]) if ours else "-"
        print("| %s | %.1f | %s |" % (r["name"], r["images_per_second"], ratio))
    if ours:
        print("| DL4J digital net.output (reference) | %.1f | %.2f |" % (
            ours["digital_images_per_second"], ours["images_per_second"] / ours["digital_images_per_second"]))
        print()
        print("ratio XbarLab / aihwkit (InferenceRPUConfig): %.2f" % (ours["images_per_second"] / main_aihwkit))
    if ours:
        print("XbarLab pytorx: %d crossbar tiles (64x64 cells, 32 weight columns each); two reads differ by"
              " %.2e (mean |dy|), vs digital %.2e, top-1 agreement %.3f"
              % (ours["crossbar_tiles"], ours["mean_abs_diff_two_reads"], ours["mean_abs_diff_vs_digital"],
                 ours["top1_agreement_vs_digital"]))
    for r in results[:2]:
        print("%s: %d analog tiles; two reads differ by %.2e (mean |dy|), vs digital %.2e, top-1 agreement %.3f"
              % (r["name"], r["analog_tiles"], r["mean_abs_diff_two_reads"], r["mean_abs_diff_vs_digital"],
                 r["top1_agreement_vs_digital"]))
    load_end = os.getloadavg()
    print("load average (1 min) at start / end of the aihwkit half: %.1f / %.1f on %d cores; passes (s): %s"
          % (load_start[0], load_end[0], os.cpu_count(),
             "; ".join("%s %s" % (r["name"].split(" (")[0], " ".join("%.2f" % t for t in r["pass_seconds"]))
                       for r in results)))
    out = {
        "load_average_start_end": [load_start[0], load_end[0]],
        "images": args.images, "batch": args.batch, "reps": args.reps, "threads": torch.get_num_threads(),
        "aihwkit_version": aihwkit.__version__, "torch_version": torch.__version__,
        "python": platform.python_version(), "machine": platform.machine(),
        "calibration": ranges, "xbarlab": ours, "aihwkit": results,
        "ratio_xbarlab_over_aihwkit": ours["images_per_second"] / main_aihwkit if ours else None,
    }
    with open(args.out_json, "w") as f:
        json.dump(out, f, indent=2)
    print("wrote %s" % args.out_json)


if __name__ == "__main__":
    main()
