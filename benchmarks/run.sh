#!/usr/bin/env bash
# Benchmarks that compare XbarLab with reference tools on this machine, in one run.
#   bash benchmarks/run.sh pymoo     hypervolume vs moocore, NSGA-II vs pymoo (issue 6)
#   bash benchmarks/run.sh java      the toolkit's own Java benchmarks (crossbar, CF-MESMO step, cost, LeNet)
#   bash benchmarks/run.sh aihwkit   crossbar Monte-Carlo inference images/s vs IBM aihwkit (CPU)
# Timings live here, never in tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
mvn -B -q -DskipTests test-compile
mvn -B -q -pl toolkit dependency:build-classpath -Dmdep.outputFile=target/bench-classpath.txt
CP="toolkit/target/classes:toolkit/target/test-classes:$(cat toolkit/target/bench-classpath.txt)"
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
    java -Xmx2g -cp "$CP" org.xbarlab.bench.AihwkitWorkload build/aihwkit-xbarlab.json
    benchmarks/.venv-aihwkit/bin/python benchmarks/aihwkit_comparison.py \
      build/aihwkit-xbarlab.json build/aihwkit-comparison.json ;;
  java)
    for main in CrossbarBenchmark CfMesmoStepBenchmark CostModelBench; do
      echo "== $main"; java -Xmx2g -cp "$CP" "org.xbarlab.bench.$main"
    done
    echo "== LeNetThroughput"; java -Xmx2g -cp "$CP" org.xbarlab.bench.LeNetThroughput 600 2 ;;
  *) sed -n '2,6p' "$0"; exit 2 ;;
esac
