#!/usr/bin/env bash
# Start-up time to the first served page and to readiness (curriculum synchronised, demo school made) on an empty
# data folder, and resident memory after a teacher and a pupil logged in. Runs the app the way README does: the
# unpacked jar with the JVM's ahead-of-time cache (target/opdag/opdag.aot, made by `./mvnw -B package`).
# Usage: tools/measure/measure-startup.sh [RUNS]   (after ./mvnw -B package -DskipTests; RUNS defaults to 3)
#   MODE=jar   measures the plain fat jar (java -jar target/opdag.jar) instead, without the cache.
# Prints every run and the median of each figure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
port=${PORT:-18080}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
if [ "${MODE:-aot}" = jar ]; then
  command=("$java" -jar "$root/target/opdag.jar" --demo)
else
  [ -f "$root/target/opdag/opdag.aot" ] || { echo "no target/opdag/opdag.aot: run ./mvnw -B package -DskipTests" >&2; exit 1; }
  command=("$java" -XX:AOTCache="$root/target/opdag/opdag.aot" -jar "$root/target/opdag/opdag.jar" --demo)
fi
(cd "$root/tools/measure" && [ -d node_modules ] || npm install --silent --no-audit --no-fund >/dev/null)
echo "command: ${command[*]}"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : int((a[NR/2] + a[NR/2+1]) / 2)}'; }
firsts=() readies=() rsses=() cpus=()
for run in $(seq "$runs"); do
  work=$(mktemp -d)
  start=$(date +%s%N)
  (cd "$work" && PORT=$port exec "${command[@]}" > app.log 2>&1) &
  pid=$!
  trap 'kill $pid 2>/dev/null; rm -rf "$work"' EXIT
  until curl -sf -o /dev/null "http://localhost:$port/login"; do
    kill -0 $pid 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
    sleep 0.05
  done
  first=$(( ($(date +%s%N) - start) / 1000000 ))
  # Curriculum sync and the demo school run after the web server is up; readiness says when they are done.
  until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do sleep 0.05; done
  ready=$(( ($(date +%s%N) - start) / 1000000 ))
  # Processor time the server used until ready (all its threads): steadier than wall time on a busy machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%d", ($14 + $15) * 1000 / hz}' /proc/$pid/stat)
  node "$root/tools/measure/login.mjs" "http://localhost:$port" > /dev/null
  sleep 2
  rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$pid/status) / 1024 ))
  echo "run $run: first page ${first} ms, ready ${ready} ms (processor time ${cpu} ms), resident after login ${rss} MiB" \
       "($(grep -o 'Started OpdagApplication in [0-9.]* seconds' "$work/app.log"))"
  grep -ho 'Curriculum loaded in [0-9]* ms[^(]*\|Curriculum synchronised in [0-9]* ms' "$work/app.log" | sed 's/^/  /' || true
  firsts+=("$first") readies+=("$ready") rsses+=("$rss") cpus+=("$cpu")
  kill $pid; wait $pid 2>/dev/null || true
  rm -rf "$work"
  trap - EXIT
done
echo "median of $runs: first page $(printf '%s\n' "${firsts[@]}" | median) ms," \
     "ready $(printf '%s\n' "${readies[@]}" | median) ms (processor time $(printf '%s\n' "${cpus[@]}" | median) ms)," \
     "resident after login $(printf '%s\n' "${rsses[@]}" | median) MiB"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "jar size: $(( $(stat -c %s "$root/target/opdag.jar") / 1024 / 1024 )) MiB"
