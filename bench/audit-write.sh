#!/usr/bin/env bash
# Audit write throughput against plain inserts (8 writers, one row per transaction, embedded
# PostgreSQL with fsync and synchronous_commit on). Run from anywhere; prints the figures and
# writes them to target/bench/audit-write.txt.
#   bench/audit-write.sh                 # 5 rounds of 8 x 1000 rows per side, after one discarded warm-up round
#   ROWS=2000 ROUNDS=5 bench/audit-write.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q test -Dtest=AuditWriteBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.rows="${ROWS:-1000}" -Dbench.rounds="${ROUNDS:-5}" >target/bench-audit-write.log 2>&1 || {
    tail -50 target/bench-audit-write.log
    exit 1
}
cat target/bench/audit-write.txt
