#!/usr/bin/env bash
# The impact dashboard over five years of generated data: each indicator query (organisation-wide
# and over a user scope holding every case id), the whole indicators API call and the dashboard
# page render, as medians against the raw baseline SELECT count(*) FROM maho_case. Embedded
# PostgreSQL. Prints the figures and writes them to target/bench/impact.txt; the generated rows
# are deleted afterwards.
#   bench/impact.sh                                  # 50 000 cases, 10 000 dossiers, 20 000 controls, 10 rounds
#   CASES=100000 DOSSIERS=20000 ROUNDS=20 bench/impact.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest=ImpactBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.cases="${CASES:-50000}" -Dbench.dossiers="${DOSSIERS:-10000}" -Dbench.controls="${CONTROLS:-20000}" -Dbench.rounds="${ROUNDS:-10}" \
    >target/bench-impact.log 2>&1 || {
    tail -50 target/bench-impact.log
    exit 1
}
cat target/bench/impact.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
