#!/usr/bin/env bash
# Heap per open session: starts the app as README does (demo data, empty data folder), opens 20 warm-up sessions,
# takes the live heap (jcmd GC.class_histogram after two full GCs), opens N more sessions of one kind in Chromium,
# takes the live heap again and prints (after - before) / N, with the classes that grew and shrank most per session.
#   pupil:   Asta signs in and opens the experiment "Skildpadden tegner" (the Blockly workbench)
#   teacher: Bo signs in and opens the live grid of 5.B ("Følg klassen live")
# Usage: tools/measure/measure-session-heap.sh [pupil|teacher] [N]   (after ./mvnw -B package -DskipTests; N=100)
# The pages are frozen once open (FREEZE=0 keeps them running): the server keeps their sessions and push sockets,
# and 100 pages running Blockly would not fit on a small machine's processors. TOP=40 lists more classes.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
kind=${1:-pupil}
count=${2:-100}
port=${PORT:-18090}
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
jcmd=${JAVA_HOME:+$JAVA_HOME/bin/}jcmd
cache=()
[ -f "$root/target/opdag/opdag.aot" ] && cache=(-XX:AOTCache="$root/target/opdag/opdag.aot")
# JAR=path measures a copy (so a build may rewrite target/ meanwhile); it then runs without the AOT cache.
jar=${JAR:-$root/target/opdag/opdag.jar}
[ -n "${JAR:-}" ] && cache=()
[ -f "$jar" ] || jar="$root/target/opdag.jar"
(cd "$root/tools/measure" && [ -d node_modules ] || npm install --silent --no-audit --no-fund >/dev/null)
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT
(cd "$work" && PORT=$port exec "$java" "${cache[@]}" -jar "$jar" --demo > app.log 2>&1) &
app=$!
pids+=("$app")
until curl -sf -o /dev/null "http://localhost:$port/actuator/health/readiness"; do
  kill -0 "$app" 2>/dev/null || { cat "$work/app.log" >&2; exit 1; }
  sleep 0.2
done
# Opens sessions in the background; they stay open until their fifo says "close".
open_sessions() { # name count
  mkfifo "$work/$1.in"
  node "$root/tools/measure/open-sessions.mjs" "http://localhost:$port" "$kind" "$2" < "$work/$1.in" > "$work/$1.out" &
  pids+=("$!")
  exec {fd}> "$work/$1.in"
  eval "fd_$1=$fd"
  until grep -q '^open' "$work/$1.out" 2>/dev/null; do sleep 0.5; done
}
# One full GC leaves what only finalizers or cleaners still reach (buffers of closed streams and the like: 35 MB
# of byte arrays after the warm-up in one run); they are freed once those have run, so two collections come first.
histogram() {
  "$jcmd" "$app" GC.run > /dev/null; sleep 5; "$jcmd" "$app" GC.run > /dev/null; sleep 5
  "$jcmd" "$app" GC.class_histogram > "$work/$1.histo"; awk '/^Total/ {print $3}' "$work/$1.histo"
}
# Tomcat keeps pools that grow with the connections it has seen (request processors with their 8 KB header
# buffers, socket buffers), and a browser's idle connections stay open until the server's keep-alive timeout (60 s).
# Warm-up pages fill the pools first, and each histogram waits out the timeout, so what is counted is what an open
# page keeps: its session, its UI and its push socket. WARMUP=3 SETTLE=5 gives the earlier, noisier method.
warmup=${WARMUP:-20}
settle=${SETTLE:-65}
open_sessions warmup "$warmup"
sleep "$settle"
before=$(histogram before)
start=$(date +%s)
open_sessions main "$count"
echo "opened $count $kind sessions in $(( $(date +%s) - start )) s"
sleep "$settle"
after=$(histogram after)
# HEAP_DUMP=file.hprof keeps a dump of the live heap with the sessions open (for tools/measure/hprof-texts.py).
[ -n "${HEAP_DUMP:-}" ] && "$jcmd" "$app" GC.heap_dump "$(realpath -m "$HEAP_DUMP")" > /dev/null
rss=$(( $(awk '/VmRSS/ {print $2}' /proc/$app/status) / 1024 ))
sessions=$(( count + warmup ))
echo "live heap before: $(( before / 1024 )) KiB, after $count more $kind sessions: $(( after / 1024 )) KiB"
echo "heap per $kind session: $(( (after - before) / count / 1024 )) KiB ($(( (after - before) / count )) bytes)"
echo "resident memory with $sessions sessions open: $rss MiB; load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "classes that grew most (bytes per session):"
python3 - "$work/before.histo" "$work/after.histo" "$count" "${TOP:-15}" <<'PY'
import sys
def read(path):
    out = {}
    for line in open(path):
        parts = line.split()
        if len(parts) >= 4 and parts[0].endswith(':'):
            out[parts[3]] = int(parts[2])
    return out
b, a, n = read(sys.argv[1]), read(sys.argv[2]), int(sys.argv[3])
changes = sorted(((a.get(k, 0) - b.get(k, 0), k) for k in set(a) | set(b)), reverse=True)
top = int(sys.argv[4])
for bytes_, name in changes[:top]:
    print(f"  {bytes_ / n:10.0f}  {name}")
print("classes that shrank most (bytes per session):")
for bytes_, name in sorted(c for c in changes if c[0] < 0)[:5]:
    print(f"  {bytes_ / n:10.0f}  {name}")
PY
# HISTO_DIR=dir keeps both histograms.
[ -n "${HISTO_DIR:-}" ] && mkdir -p "$HISTO_DIR" && cp "$work"/*.histo "$HISTO_DIR"/
grep -h "^session" "$work"/*.out 2>/dev/null || true
eval "exec $fd_main>&- $fd_warmup>&-"
