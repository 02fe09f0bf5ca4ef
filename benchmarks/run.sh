#!/usr/bin/env bash
# Benchmarks that compare XbarLab with reference tools on this machine, in one run.
#   bash benchmarks/run.sh pymoo     hypervolume vs moocore, NSGA-II vs pymoo (issue 6)
#   bash benchmarks/run.sh java      the toolkit's own Java benchmarks (crossbar, CF-MESMO step, cost, LeNet)
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
  java)
    for main in CrossbarBenchmark CfMesmoStepBenchmark CostModelBench; do
      echo "== $main"; java -Xmx2g -cp "$CP" "org.xbarlab.bench.$main"
    done
    echo "== LeNetThroughput"; java -Xmx2g -cp "$CP" org.xbarlab.bench.LeNetThroughput 600 2 ;;
  *) sed -n '2,5p' "$0"; exit 2 ;;
esac
