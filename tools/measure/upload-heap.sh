#!/usr/bin/env bash
# Heap of target/opdag.jar while a raw N MB body (default 50) is posted to the class-list upload target, with and
# without a declared length. Usage: tools/measure/upload-heap.sh [MB]   (after ./mvnw -B package -DskipTests)
set -euo pipefail
cd "$(dirname "$0")/../.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -q -o test-compile ${OPDAG_MAVEN_ARGS:-}
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/probe-classpath.txt
java -cp "target/test-classes:$(cat target/probe-classpath.txt)" dk.opdag.e2e.UploadHeapProbe "$@"
