#!/bin/sh
# Projection accuracy (sMAPE, MASE, interval coverage) and speed on the 645 yearly M3 series, beside the original
# entrants and against Naive2 timed in the same run. See bench/README.md.
# Usage: bench/m3-projections.sh [benchmark directory, default ../shared/data/benchmark]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
exec java -Xmx1g -cp target/test-classes:target/classes \
  org.ots.platform.bench.M3ProjectionBenchmark "${1:-../shared/data/benchmark}"
