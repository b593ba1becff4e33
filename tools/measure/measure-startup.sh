#!/usr/bin/env bash
# Start-up time of target/opdag.jar to the first served page, and resident memory after a teacher and a pupil
# logged in. Usage: tools/measure/measure-startup.sh  (after ./mvnw -B package -DskipTests)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
port=${PORT:-18080}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
cd "$work"
start=$(date +%s%N)
PORT=$port "$java" -jar "$root/target/opdag.jar" --demo > app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "http://localhost:$port/login"; do sleep 0.05; done
first=$(date +%s%N)
echo "first page served after $(( (first - start) / 1000000 )) ms ($(grep -o 'Started OpdagApplication in [0-9.]* seconds' app.log))"
# Curriculum sync and the demo school run after the web server is up; readiness says when they are done.
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.05; done
ready=$(date +%s%N)
echo "ready (curriculum synchronised, demo school made) after $(( (ready - start) / 1000000 )) ms"
grep -o 'Curriculum loaded in [0-9]* ms[^(]*' app.log || true
grep -o 'Curriculum synchronised in [0-9]* ms' app.log || true
(cd "$root/tools/measure" && [ -d node_modules ] || npm install --silent --no-audit --no-fund >/dev/null) 
node "$root/tools/measure/login.mjs" "http://localhost:$port"
sleep 2
echo "resident memory after login: $(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 )) MiB"
echo "jar size: $(( $(stat -c %s "$root/target/opdag.jar") / 1024 / 1024 )) MiB"
