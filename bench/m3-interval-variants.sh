#!/bin/sh
# The ways of drawing the default method's intervals compared on the 645 yearly M3 series: coverage of the 80% and
# 95% intervals overall and by horizon, and their width. See bench/RESULTS.md.
# Usage: bench/m3-interval-variants.sh [benchmark directory, default ../shared/data/benchmark]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
exec java -Xmx1g -cp target/test-classes:target/classes \
  org.ots.platform.foresight.IntervalVariants "${1:-../shared/data/benchmark}"
