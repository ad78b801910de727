#!/usr/bin/env bash
# Cold start to ready: the platform jar against a minimal Spring Boot web application.
#
#   bench/coldstart/run.sh            # builds both jars, starts each 5 times
#   N=3 SKIP_BUILD=1 bench/coldstart/run.sh
#
# The platform starts with a fresh data directory each time (so the time includes initdb of the
# embedded PostgreSQL and every migration) and is ready when /actuator/health answers 200; it is
# then started N more times on an existing data directory (a restart). The minimal application
# is ready when / answers 200. Times are wall clock from launching java to the first 200.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
BENCH="$ROOT/bench/coldstart"
WORK="$BENCH/target"
N="${N:-5}"
OUR_PORT="${OUR_PORT:-18080}"
MINIMAL_PORT="${MINIMAL_PORT:-18081}"
TIMEOUT="${TIMEOUT:-180}"

mkdir -p "$WORK/tmp"
cd "$ROOT"
if [ -z "${SKIP_BUILD:-}" ]; then
    echo "building the platform jar and the minimal application..." >&2
    ./mvnw -B -q -DskipTests package
    ./mvnw -B -q -f bench/coldstart/minimal-app/pom.xml -DskipTests package
fi
OUR_JAR="$(ls target/stroomplan-*.jar | grep -v '\.original$' | head -1)"
MINIMAL_JAR="$(ls bench/coldstart/minimal-app/target/minimal-app-*.jar | grep -v '\.original$' | head -1)"

now() { date +%s.%N; }

# start NAME URL LOG JAR ARGS... : prints seconds from launch to the first HTTP 200, then stops it
start() {
    local name="$1" url="$2" log="$3"; shift 3
    local began pid status elapsed
    began="$(now)"
    java -Djava.io.tmpdir="$WORK/tmp" -jar "$@" >"$log" 2>&1 &
    pid=$!
    while true; do
        status="$(curl -s -o /dev/null -w '%{http_code}' "$url" || true)"
        [ "$status" = "200" ] && break
        if ! kill -0 "$pid" 2>/dev/null; then
            echo "$name exited before it was ready; see $log" >&2
            exit 1
        fi
        if [ "$(echo "$(now) - $began > $TIMEOUT" | bc)" = "1" ]; then
            kill "$pid"; wait "$pid" || true
            echo "$name not ready after $TIMEOUT s; see $log" >&2
            exit 1
        fi
        sleep 0.05
    done
    elapsed="$(echo "$(now) - $began" | bc)"
    kill "$pid"
    wait "$pid" || true
    printf '%.2f\n' "$elapsed"
}

# a server left behind by a stopped run must not outlive the benchmark
stop_leftover_postgres() {
    local pidfile="$1/postmaster.pid"
    if [ -f "$pidfile" ]; then
        local pgpid; pgpid="$(head -1 "$pidfile")"
        if kill -0 "$pgpid" 2>/dev/null; then
            kill "$pgpid"; sleep 2
        fi
    fi
}

minimum() { sort -n | head -1; }
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
ours_fresh=(); ours_restart=(); minimal=()
for i in $(seq 1 "$N"); do
    data="$WORK/data-$i"
    rm -rf "$data"
    ours_fresh+=("$(start platform "http://localhost:$OUR_PORT/actuator/health" "$WORK/platform-fresh-$i.log" \
        "$OUR_JAR" --server.port="$OUR_PORT" --stroomplan.database.embedded.data-directory="$data")")
    stop_leftover_postgres "$data"
    ours_restart+=("$(start platform "http://localhost:$OUR_PORT/actuator/health" "$WORK/platform-restart-$i.log" \
        "$OUR_JAR" --server.port="$OUR_PORT" --stroomplan.database.embedded.data-directory="$data")")
    stop_leftover_postgres "$data"
    rm -rf "$data"
    minimal+=("$(start minimal "http://localhost:$MINIMAL_PORT/" "$WORK/minimal-$i.log" \
        "$MINIMAL_JAR" --server.port="$MINIMAL_PORT")")
done

m_fresh="$(printf '%s\n' "${ours_fresh[@]}" | median)"
m_restart="$(printf '%s\n' "${ours_restart[@]}" | median)"
m_minimal="$(printf '%s\n' "${minimal[@]}" | median)"
b_fresh="$(printf '%s\n' "${ours_fresh[@]}" | minimum)"
b_restart="$(printf '%s\n' "${ours_restart[@]}" | minimum)"
b_minimal="$(printf '%s\n' "${minimal[@]}" | minimum)"
{
    echo "cold start to ready, $N runs each, $(nproc) cores, $(java -version 2>&1 | head -1)"
    echo "load average (1/5/15 min) before: $load_before, after: $(cut -d' ' -f1-3 /proc/loadavg)"
    echo "platform, fresh data dir  (s): ${ours_fresh[*]}  median $m_fresh  min $b_fresh"
    echo "platform, existing data   (s): ${ours_restart[*]}  median $m_restart  min $b_restart"
    echo "minimal Boot web app      (s): ${minimal[*]}  median $m_minimal  min $b_minimal"
    echo "ratio platform fresh / minimal:    $(echo "scale=2; $m_fresh / $m_minimal" | bc)"
    echo "ratio platform existing / minimal: $(echo "scale=2; $m_restart / $m_minimal" | bc)"
    echo "ratio of minimums, fresh / existing / minimal: $(echo "scale=2; $b_fresh / $b_minimal" | bc) / $(echo "scale=2; $b_restart / $b_minimal" | bc)"
} | tee "$WORK/coldstart.txt"
