#!/usr/bin/env bash
# Runs a JMH benchmark from the test sources: tools/bench/run.sh CatalogueSearchBenchmark [JMH options]
# Builds test classes first (no tests run). Results are medians/percentiles from JMH's sample mode.
set -euo pipefail
cd "$(dirname "$0")/../.."
./mvnw -B -q -o test-compile ${OPDAG_MAVEN_ARGS:-}
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
java -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" org.openjdk.jmh.Main "$@"
