#!/usr/bin/env bash
# A deconfliction check of 10,000 identifiers through the HTTP API against an index of ROWS synthetic
# hashes (real table and indexes), and the raw PostgreSQL = ANY lookup of 10,000 hashes; p50/p95
# over ROUNDS runs. Writes target/bench/deconfliction.txt.
#   bench/deconfliction.sh                     # 1M rows, 20 rounds
#   ROWS=5000000 ROUNDS=20 bench/deconfliction.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest=DeconflictionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.rows="${ROWS:-1000000}" -Dbench.rounds="${ROUNDS:-20}" >target/bench-deconfliction.log 2>&1 || {
    tail -50 target/bench-deconfliction.log
    exit 1
}
cat target/bench/deconfliction.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
