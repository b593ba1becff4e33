#!/usr/bin/env bash
# Kill -9 right after an acknowledged save, restart on the same data folder, look for the save.
# Usage: tools/crash/kill-nine.sh [autosaves=20] [runs=5] [reflections=5]   (after ./mvnw -B package -DskipTests)
# Drives target/opdag.jar with Debian's Chromium; prints one line per round and how many saves were lost.
set -euo pipefail
cd "$(dirname "$0")/../.."
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
./mvnw -B -q -o test-compile ${OPDAG_MAVEN_ARGS:-}
./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/crash-classpath.txt
java -cp "target/test-classes:$(cat target/crash-classpath.txt)" dk.opdag.e2e.KillNineRounds "$@"
