"""PyTorch side of the training-speed comparison (benchmarks/run.sh pytorch).

Trains the same nets as org.xbarlab.bench.TrainingThroughput on the same data, batch sizes and
optimiser (Adam 1e-3, softmax cross-entropy), CPU only, torch.set_num_threads(2):

* LeNet-5 as Models.lenet5: conv 5x5x6 'same', max-pool 2, conv 5x5x16, max-pool 2, dense 120,
  dense 84, 10 classes; on a balanced Fashion-MNIST training subset read from Debian's IDX files
  (/usr/share/datasets/fashion-mnist), scaled to [0, 1];
* ResNet-20 as ResNet20.build: conv3x3-16 + BN + ReLU, 3 stages x 3 basic blocks (16/32/64
  channels, stride 2 at the start of stages 2 and 3, option-B 1x1 projection + BN shortcuts),
  global average pooling, 10 classes; on random 32x32x3 images with random labels.

Per config: a fresh net, one warm-up epoch, then --epochs timed epochs over pre-built in-memory
minibatches (the DL4J 'mem' pipeline); images/s of the best timed epoch is written as JSON.

    python benchmarks/pytorch_training.py --out build/torch.json lenet:b64 resnet:b128
"""

import argparse
import gzip
import json
import os
import platform
import time

import numpy as np
import torch
from torch import nn

FASHION = "/usr/share/datasets/fashion-mnist"


def read_idx(path):
    with gzip.open(path, "rb") as f:
        data = f.read()
    ndim = data[3]
    dims = [int.from_bytes(data[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim)]
    return np.frombuffer(data, dtype=np.uint8, offset=4 + 4 * ndim).reshape(dims)


def fashion_subset(images, seed=1):
    x = read_idx(os.path.join(FASHION, "train-images-idx3-ubyte.gz"))
    y = read_idx(os.path.join(FASHION, "train-labels-idx1-ubyte.gz"))
    rng = np.random.default_rng(seed)
    per_class = images // 10
    idx = np.concatenate([rng.permutation(np.flatnonzero(y == c))[:per_class] for c in range(10)])
    idx = rng.permutation(idx)
    xs = torch.from_numpy(x[idx].astype(np.float32) / 255.0).unsqueeze(1)  # n x 1 x 28 x 28
    ys = torch.from_numpy(y[idx].astype(np.int64))
    return xs, ys


def random_cifar(images, seed=5):
    g = torch.Generator().manual_seed(seed)
    return torch.rand(images, 3, 32, 32, generator=g), torch.randint(0, 10, (images,), generator=g)


def lenet():
    return nn.Sequential(
        nn.Conv2d(1, 6, 5, padding=2), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Conv2d(6, 16, 5), nn.ReLU(), nn.MaxPool2d(2, 2),
        nn.Flatten(),
        nn.Linear(16 * 5 * 5, 120), nn.ReLU(),
        nn.Linear(120, 84), nn.ReLU(),
        nn.Linear(84, 10))


class Block(nn.Module):
    def __init__(self, cin, cout, stride):
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, 1, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.proj = None
        if stride != 1 or cin != cout:
            self.proj = nn.Sequential(nn.Conv2d(cin, cout, 1, stride, bias=False), nn.BatchNorm2d(cout))

    def forward(self, x):
        out = torch.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return torch.relu(out + (x if self.proj is None else self.proj(x)))


def resnet20():
    layers = [nn.Conv2d(3, 16, 3, 1, 1, bias=False), nn.BatchNorm2d(16), nn.ReLU()]
    cin = 16
    for s, cout in enumerate((16, 32, 64)):
        for b in range(3):
            layers.append(Block(cin, cout, 2 if (s > 0 and b == 0) else 1))
            cin = cout
    layers += [nn.AdaptiveAvgPool2d(1), nn.Flatten(), nn.Linear(64, 10)]
    return nn.Sequential(*layers)


def parse(spec):
    net, batch, fmt = None, 64, "nchw"
    for p in spec.split(":"):
        if p in ("lenet", "resnet"):
            net = p
        elif p in ("nchw", "nhwc"):
            fmt = p
        elif p.startswith("b"):
            batch = int(p[1:])
        else:
            raise SystemExit(f"unknown part {p!r} in {spec}")
    return net, batch, fmt


def run(spec, args, data_cache):
    net_name, batch, fmt = parse(spec)
    torch.manual_seed(1)
    if net_name == "lenet":
        if "lenet" not in data_cache:
            data_cache["lenet"] = fashion_subset(args.lenet_images)
        x, y = data_cache["lenet"]
        model = lenet()
    else:
        x, y = random_cifar(args.resnet_images)
        model = resnet20()
    mf = torch.channels_last if fmt == "nhwc" else torch.contiguous_format
    model = model.to(memory_format=mf)
    batches = [(x[i:i + batch].contiguous(memory_format=mf), y[i:i + batch]) for i in range(0, len(x), batch)]
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    model.train()

    def epoch():
        for xb, yb in batches:
            opt.zero_grad(set_to_none=True)
            loss = loss_fn(model(xb), yb)
            loss.backward()
            opt.step()

    epoch()  # warm-up
    rates = []
    for _ in range(args.epochs):
        t0 = time.perf_counter()
        epoch()
        rates.append(len(x) / (time.perf_counter() - t0))
    best = max(rates)
    print(f"PyTorch {spec:<24} {best:8.1f} images/s (epochs: {', '.join(f'{r:.1f}' for r in rates)})", flush=True)
    return {"framework": "pytorch", "config": spec, "net": net_name, "batch": batch, "format": fmt,
            "images": len(x), "images_per_s": round(best, 2), "epochs_images_per_s": [round(r, 1) for r in rates],
            "torch": torch.__version__, "threads": torch.get_num_threads()}


def table(paths):
    """Prints DL4J vs PyTorch side by side from the JSON files of one run (best over rounds)."""
    best = {}
    for path in paths:
        with open(path) as f:
            for r in json.load(f):
                key = (r["framework"], r.get("tag", str(r.get("threads"))), r["config"])
                if key not in best or r["images_per_s"] > best[key]["images_per_s"]:
                    best[key] = r
    torch_rows = {(r["net"], r["batch"], r["format"], r["threads"]): r for (fw, _, _), r in best.items()
                  if fw == "pytorch"}
    dl4j = sorted((r for (fw, _, _), r in best.items() if fw == "dl4j"),
                  key=lambda r: (r["net"], r["batch"], r["tag"], r["config"]))
    head = f"| {'net':<6} | {'batch':>5} | {'DL4J config':<44} | {'DL4J img/s':>10} | {'PyTorch img/s':>13} | {'ratio':>5} |"
    print(head)
    print("|" + "|".join("-" * (len(c)) for c in head.split("|")[1:-1]) + "|")
    for r in dl4j:
        t = torch_rows.get((r["net"], r["batch"], "nchw", 2))  # PyTorch's defaults (NCHW, 2 threads) in every row
        cfg = f"{r['tag']}: {r['config']}"
        tp = f"{t['images_per_s']:.1f}" if t else "-"
        ratio = f"{t['images_per_s'] / r['images_per_s']:.2f}" if t else "-"
        print(f"| {r['net']:<6} | {r['batch']:>5} | {cfg:<44} | {r['images_per_s']:>10.1f} | {tp:>13} | {ratio:>5} |")
    print()
    for (net, batch, fmt, threads), t in sorted(torch_rows.items()):
        print(f"PyTorch {net} b{batch} {fmt} ({'channels_last' if fmt == 'nhwc' else 'contiguous'}), {threads} thread(s):"
              f" {t['images_per_s']:.1f} images/s (torch {t['torch']})")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("configs", nargs="*", default=["lenet:b64", "resnet:b128"])
    ap.add_argument("--out")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--lenet-images", type=int, default=6000)
    ap.add_argument("--resnet-images", type=int, default=1024)
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--table", nargs="+", metavar="JSON", help="only print the side-by-side table of these files")
    args = ap.parse_args()
    if args.table:
        table(args.table)
        return
    torch.set_num_threads(args.threads)
    print(f"torch {torch.__version__}, threads {torch.get_num_threads()}, mkldnn {torch.backends.mkldnn.is_available()},"
          f" {platform.processor() or platform.machine()}", flush=True)
    cache = {}
    rows = [run(s, args, cache) for s in args.configs]
    if args.out:
        os.makedirs(os.path.dirname(args.out) or ".", exist_ok=True)
        with open(args.out, "w") as f:
            json.dump(rows, f, indent=1)


if __name__ == "__main__":
    main()
