#!/bin/sh
# The cost of computing a composite index page on demand, against one plain calculation timed in the same run.
# See bench/RESULTS.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile
exec java -Xmx512m -cp target/test-classes:target/classes org.ots.platform.bench.IndexPageBenchmark
