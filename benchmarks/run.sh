#!/usr/bin/env bash
# Benchmarks that compare XbarLab with reference tools on this machine, in one run.
#   bash benchmarks/run.sh pymoo     hypervolume vs moocore, NSGA-II vs pymoo (issue 6)
#   bash benchmarks/run.sh java      the toolkit's own Java benchmarks (crossbar, CF-MESMO step, cost, remapping, LeNet)
#   bash benchmarks/run.sh aihwkit   crossbar Monte-Carlo inference images/s vs IBM aihwkit (CPU)
#   bash benchmarks/run.sh branin-currin   our MESMO, CF-MESMO, NSGA-II, random on BoTorch's Branin-Currin (SEEDS, default 5)
#   bash benchmarks/run.sh botorch   the same beside BoTorch's qLogNEHVI and Sobol search, one table (SEEDS, METHODS)
#   bash benchmarks/run.sh pytorch   DL4J vs PyTorch training speed, LeNet-5 and ResNet-20 (env: ROUNDS, EPOCHS, LENET_IMAGES, RESNET_IMAGES)
# Timings live here, never in tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests test-compile
mvn -B -q -pl toolkit dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="toolkit/target/classes:toolkit/target/test-classes:$(cat toolkit/target/bench-classpath.txt)"
# DL4J's oneDNN helpers on, as in the notebook kernel and the tests (org.xbarlab.nn.NativeHelpers).
HELPERS_ON=org.eclipse.deeplearning4j.helpers.disable=false
case "${1:-pymoo}" in
  pymoo)
    if [ ! -x benchmarks/.venv/bin/python ]; then
      python3 -m venv benchmarks/.venv
      benchmarks/.venv/bin/pip install -q pymoo==0.6.2 moocore==0.3.2 numpy
    fi
    java -Xmx2g -cp "$CP" org.xbarlab.bench.PymooComparison build/pymoo-comparison.json
    benchmarks/.venv/bin/python benchmarks/pymoo_comparison.py build/pymoo-comparison.json ;;
  aihwkit)
    # aihwkit 1.1.0 is the newest release with a CPython 3.11 x86_64 wheel (PyPI serves 1.2.0 as a
    # source archive only, which needs a C++/BLAS build). Its binary extension is built against torch
    # 2.10 (metadata says >= 2.9.1, but 2.9.1 fails to import it: undefined c10 symbol). torch's PyPI
    # wheel pulls the CUDA libraries (several GB) although only the CPU is used.
    [ -x benchmarks/.venv-aihwkit/bin/python ] || python3 -m venv benchmarks/.venv-aihwkit
    if ! benchmarks/.venv-aihwkit/bin/python -c 'import aihwkit.nn' 2>/dev/null; then
      benchmarks/.venv-aihwkit/bin/pip install -q aihwkit==1.1.0 torch==2.10.0 torchvision==0.25.0
    fi
    mkdir -p build
    java -Xmx2g -D$HELPERS_ON -cp "$CP" org.xbarlab.bench.AihwkitWorkload build/aihwkit-xbarlab.json
    benchmarks/.venv-aihwkit/bin/python benchmarks/aihwkit_comparison.py \
      build/aihwkit-xbarlab.json build/aihwkit-comparison.json ;;
  java)
    for main in CrossbarBenchmark CfMesmoStepBenchmark CostModelBench RemapBenchmark; do
      echo "== $main"; java -Xmx2g -D$HELPERS_ON -cp "$CP" "org.xbarlab.bench.$main"
    done
    echo "== LeNetThroughput"; java -Xmx2g -D$HELPERS_ON -cp "$CP" org.xbarlab.bench.LeNetThroughput 600 2 ;;
  pytorch)
    # Same nets, data, batch sizes and optimiser in DL4J and PyTorch (CPU, 2 threads), interleaved
    # in rounds so that a loaded machine slows both alike; the table keeps each config's best round.
    if [ ! -x benchmarks/.venv-torch/bin/python ]; then
      python3 -m venv benchmarks/.venv-torch
      benchmarks/.venv-torch/bin/pip install -q torch==2.9.1 numpy
    fi
    # The toolkit's libnd4j is the oneDNN build; the plain build (profile "plain") is DL4J's default.
    mvn -B -q -pl toolkit dependency:build-classpath -Pplain -Dmdep.outputFile=target/bench-classpath-plain.txt
    CP_PLAIN="toolkit/target/classes:toolkit/target/test-classes:$(cat toolkit/target/bench-classpath-plain.txt)"
    OUT=build/training; rm -rf "$OUT"; mkdir -p "$OUT"
    SIZES=(--lenet-images "${LENET_IMAGES:-6000}" --resnet-images "${RESNET_IMAGES:-1024}" --epochs "${EPOCHS:-2}")
    BENCH=org.xbarlab.bench.TrainingThroughput
    for r in $(seq 1 "${ROUNDS:-2}"); do
      echo "== round $r"
      OMP_NUM_THREADS=2 java -Xmx4g -cp "$CP_PLAIN" $BENCH "${SIZES[@]}" --tag default --out "$OUT/dl4j-default-$r.json" \
        lenet:b32 lenet:b64 lenet:b128 lenet:b64:nhwc lenet:b64:nows lenet:b64:iter lenet:b64:helpers resnet:b128
      # libgomp's threads sleep instead of spinning at the end of each parallel region.
      OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE java -Xmx4g -cp "$CP_PLAIN" $BENCH "${SIZES[@]}" --tag passive \
        --out "$OUT/dl4j-passive-$r.json" lenet:b64 resnet:b128
      OMP_NUM_THREADS=1 java -Xmx4g -cp "$CP_PLAIN" $BENCH "${SIZES[@]}" --tag omp1 --out "$OUT/dl4j-omp1-$r.json" \
        lenet:b64 lenet:b128 resnet:b128
      OMP_NUM_THREADS=2 java -Xmx4g -cp "$CP" $BENCH "${SIZES[@]}" --tag onednn --out "$OUT/dl4j-onednn-$r.json" \
        lenet:b64:nohelpers lenet:b32:helpers lenet:b64:helpers lenet:b128:helpers lenet:b64:nhwc:helpers \
        resnet:b128:helpers resnet:b128:nhwc:helpers
      OMP_NUM_THREADS=1 java -Xmx4g -cp "$CP" $BENCH "${SIZES[@]}" --tag onednn-omp1 \
        --out "$OUT/dl4j-onednn-omp1-$r.json" lenet:b64:helpers lenet:b128:helpers resnet:b128:helpers
      benchmarks/.venv-torch/bin/python benchmarks/pytorch_training.py "${SIZES[@]}" --out "$OUT/torch-$r.json" \
        lenet:b32 lenet:b64 lenet:b128 lenet:b64:nhwc resnet:b128 resnet:b128:nhwc
      benchmarks/.venv-torch/bin/python benchmarks/pytorch_training.py "${SIZES[@]}" --threads 1 \
        --out "$OUT/torch-1thread-$r.json" lenet:b64 resnet:b128
    done
    benchmarks/.venv-torch/bin/python benchmarks/pytorch_training.py --table "$OUT"/*.json | tee "$OUT/table.md" ;;
  branin-currin)
    # Our side only: BoTorch's definition (reference (18, 6), maximum hypervolume 59.36), 40
    # evaluations; one JSON line per run in build/botorch/xbarlab.jsonl.
    java -Xmx2g -cp "$CP" org.xbarlab.bench.BraninCurrinBotorch build/botorch/xbarlab.jsonl 0 "${SEEDS:-5}" \
      "${METHODS:-mesmo,mesmo-per-objective,cf-mesmo,nsga2,random}" ;;
  botorch)
    # Ours and BoTorch (qLogNEHVI, Sobol) on Branin-Currin, same budget (40) and seeds, then one
    # table. torch's PyPI wheel pulls the CUDA libraries (about 3 GB) although only the CPU is used.
    if ! benchmarks/.venv-botorch/bin/python -c 'import botorch' 2>/dev/null; then
      python3 -m venv benchmarks/.venv-botorch
      benchmarks/.venv-botorch/bin/pip install -q torch==2.10.0 botorch==0.18.1 gpytorch==1.15.2 \
        linear_operator==0.6.1 scipy==1.17.1 numpy==2.4.6
    fi
    mkdir -p build/botorch
    java -Xmx2g -cp "$CP" org.xbarlab.bench.BraninCurrinBotorch build/botorch/xbarlab.jsonl 0 "${SEEDS:-5}" \
      "${METHODS:-mesmo,mesmo-per-objective,cf-mesmo,nsga2,random}"
    benchmarks/.venv-botorch/bin/python -W ignore benchmarks/botorch_comparison.py \
      build/botorch/xbarlab.jsonl build/botorch/botorch.jsonl 0 "${SEEDS:-5}" | tee build/botorch/table.md ;;
  *) sed -n '2,8p' "$0"; exit 2 ;;
esac
