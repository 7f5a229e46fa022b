#!/bin/sh
# The scoreboard page and its JSON under load (64 connections) against a static file served by the same server.
# Needs PostgreSQL on 127.0.0.1:5432 (user postgres, trust authentication, database "test"); see bench/README.md.
set -e
cd "$(dirname "$0")/.."
./mvnw -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
exec java -Xmx1g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.ots.platform.bench.ScoreboardLoadBenchmark "$@"
