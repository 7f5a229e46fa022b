#!/bin/sh
# Import of 1,000,000 observations through the platform against PostgreSQL COPY of the same rows.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust authentication, database "test"); see bench/README.md.
# Usage: bench/import-vs-copy.sh [rows]
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.ots.platform.bench.ImportBenchmark "${1:-1000000}"
