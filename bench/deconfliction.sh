#!/usr/bin/env bash
# A deconfliction check of 10,000 identifiers (1% of them indexed for a real dossier, so tickets are
# written) through the HTTP API against an index of ROWS synthetic hashes (real table, indexes rebuilt
# after the load, VACUUM ANALYZE), and the raw PostgreSQL = ANY lookup of the same 10,000 hashes, the
# two sides alternating; p50/p95 over ROUNDS rounds, then the CPU/wall time of each stage of a check.
# Writes target/bench/deconfliction.txt.
#   bench/deconfliction.sh                     # 5M rows (the issue's size), 20 rounds
#   ROWS=1000000 ROUNDS=10 bench/deconfliction.sh   # quicker
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest=DeconflictionBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.rows="${ROWS:-5000000}" -Dbench.rounds="${ROUNDS:-20}" >target/bench-deconfliction.log 2>&1 || {
    tail -50 target/bench-deconfliction.log
    exit 1
}
cat target/bench/deconfliction.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
