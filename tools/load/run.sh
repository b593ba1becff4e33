#!/usr/bin/env bash
# Load run against real Opdag instances over one embedded PostgreSQL, on this machine only (see README.md here).
#   tools/load/run.sh --instances 1 --pupils 300 --teachers 10 --minutes 10
#   tools/load/run.sh --instances 2 --pupils 300 --teachers 10 --minutes 10     (nginx in front, sticky sessions)
#   tools/load/run.sh --quick                                                   (3 pupils, 1 teacher, 30 s)
# Needs target/opdag.jar (./mvnw -B package -DskipTests), JDK 25, Node.js 20+, and for two instances nginx.
set -euo pipefail
cd "$(dirname "$0")/../.."
INSTANCES=1 PUPILS=300 TEACHERS=10 MINUTES=10
EXTRA=()
while [ $# -gt 0 ]; do
  case "$1" in
    --instances) INSTANCES=$2; shift 2 ;;
    --pupils) PUPILS=$2; shift 2 ;;
    --teachers) TEACHERS=$2; shift 2 ;;
    --minutes) MINUTES=$2; shift 2 ;;
    --quick) PUPILS=3 TEACHERS=1 MINUTES=0.5; EXTRA+=(--think-min 1000 --think-max 3000); shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
case "$INSTANCES" in 1|2) ;; *) echo "--instances is 1 or 2" >&2; exit 2 ;; esac
[ -f target/opdag.jar ] || { echo "target/opdag.jar missing: ./mvnw -B package -DskipTests" >&2; exit 2; }
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
"$JAVA" -version 2>&1 | grep -q 'version "2[5-9]' || { echo "JDK 25 needed: set JAVA_HOME (README)" >&2; exit 2; }
NODE=$(ls -d "$HOME"/.vaadin/node-v*/bin/node 2>/dev/null | tail -1 || true)
NODE=${NODE:-node}

RUN=target/load/$(date -u +%Y%m%dT%H%M%SZ)-${INSTANCES}x${PUPILS}
mkdir -p "$RUN"
RUN=$(cd "$RUN" && pwd)
echo "load run: $RUN"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# The test classpath has embedded PostgreSQL and the JDBC driver (as the tests use them).
if [ ! -s target/load-classpath.txt ] || [ pom.xml -nt target/load-classpath.txt ]; then
  ./mvnw -B -q -o dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load-classpath.txt
fi
CP=$(cat target/load-classpath.txt)

PIDS=()
cleanup() { # newest first: nginx, the instances, then PostgreSQL
  for ((i=${#PIDS[@]}-1; i>=0; i--)); do
    kill "${PIDS[i]}" 2>/dev/null || true
    for _ in $(seq 1 40); do kill -0 "${PIDS[i]}" 2>/dev/null || break; sleep 0.5; done
    kill -9 "${PIDS[i]}" 2>/dev/null || true
  done
}
trap cleanup EXIT

PG_PORT=$(free_port)
"$JAVA" -cp "$CP" tools/load/LoadDatabase.java postgres "$PG_PORT" "$RUN/postgres" > "$RUN/postgres.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 120); do grep -q "postgres ready" "$RUN/postgres.log" && break; sleep 0.5; done
grep -q "postgres ready" "$RUN/postgres.log" || { cat "$RUN/postgres.log"; exit 1; }
URL="jdbc:postgresql://127.0.0.1:$PG_PORT/opdag_load"

APP_PIDS=()
start_app() { # name port
  mkdir -p "$RUN/data-$1"
  # shellcheck disable=SC2086
  "$JAVA" ${OPDAG_LOAD_JAVA_OPTS:-} -jar target/opdag.jar --demo --server.port="$2" --server.address=127.0.0.1 \
    --opdag.data-dir="$RUN/data-$1" --spring.datasource.url="$URL" --spring.datasource.username=postgres \
    --spring.datasource.password= --logging.level.dk.opdag.lab.timing=DEBUG \
    > "$RUN/app-$1.log" 2>&1 &
  PIDS+=($!)
  APP_PIDS+=($!)
}
await_ready() { # name port
  for _ in $(seq 1 360); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$2/actuator/health/readiness")" = 200 ] && return 0
    kill -0 "${APP_PIDS[-1]}" 2>/dev/null || { tail -30 "$RUN/app-$1.log"; exit 1; }
    sleep 0.5
  done
  echo "instance $1 did not become ready" >&2; exit 1
}

PORT_A=$(free_port)
start_app a "$PORT_A"
await_ready a "$PORT_A" # A migrates and makes the demo school; the fixture and B come after it
CLASSES=$(( (PUPILS + 29) / 30 )); [ "$CLASSES" -lt "$TEACHERS" ] && CLASSES=$TEACHERS; [ "$CLASSES" -lt 1 ] && CLASSES=1
PER_CLASS=$(( (PUPILS + CLASSES - 1) / CLASSES )); [ "$PER_CLASS" -lt 1 ] && PER_CLASS=1
"$JAVA" -cp "$CP" tools/load/LoadDatabase.java fixture "$URL" "$CLASSES" "$PER_CLASS" "$RUN/logins.json"
BASE="http://127.0.0.1:$PORT_A"
if [ "$INSTANCES" = 2 ]; then
  PORT_B=$(free_port)
  start_app b "$PORT_B"
  await_ready b "$PORT_B"
  LB_PORT=$(free_port)
  mkdir -p "$RUN/nginx"
  sed -e "s/@LB_PORT@/$LB_PORT/g" -e "s/@PORT_A@/$PORT_A/g" -e "s/@PORT_B@/$PORT_B/g" -e "s#@RUN@#$RUN/nginx#g" \
    tools/load/nginx.conf.template > "$RUN/nginx/nginx.conf"
  nginx -p "$RUN/nginx" -c "$RUN/nginx/nginx.conf" -g 'daemon off;' > "$RUN/nginx/stdout.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 40); do curl -s -o /dev/null "http://127.0.0.1:$LB_PORT/actuator/health" && break; sleep 0.25; done
  curl -sf -o /dev/null "http://127.0.0.1:$LB_PORT/actuator/health" || { cat "$RUN/nginx/stdout.log" >&2; exit 1; }
  BASE="http://127.0.0.1:$LB_PORT"
fi

LOGS=""
for name in a b; do
  [ -f "$RUN/app-$name.log" ] && LOGS="$LOGS${LOGS:+,}$RUN/app-$name.log:$(stat -c %s "$RUN/app-$name.log")"
done
PID_LIST=$(IFS=,; echo "${APP_PIDS[*]}")
echo "driving $BASE (instances: $INSTANCES, app pids $PID_LIST)"
set +e
"$NODE" tools/load/load.mjs --base "$BASE" --logins "$RUN/logins.json" --pupils "$PUPILS" --teachers "$TEACHERS" \
  --minutes "$MINUTES" --pids "$PID_LIST" --logs "$LOGS" --out "$RUN/report.json" \
  --jcmd "$(dirname "$(command -v "$JAVA")")/jcmd" "${EXTRA[@]}" | tee "$RUN/driver.log"
STATUS=${PIPESTATUS[0]}
set -e
if [ "$INSTANCES" = 2 ]; then
  echo "requests per instance (nginx access log): $(awk '{print $NF}' "$RUN/nginx/access.log" | sort | uniq -c | tr '\n' ' ')"
fi
echo "report: $RUN/report.json"
exit "$STATUS"
