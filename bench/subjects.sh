#!/usr/bin/env bash
# Subject register benchmarks on generated data (issue 4): fuzzy search over 1M persons and 300k
# companies, the 3-hop neighbourhood over 5M relations, and the import of 1M enterprise rows, each
# against its raw PostgreSQL baseline (pg_trgm query, recursive CTE, COPY), on the embedded
# PostgreSQL (fsync and synchronous_commit on). Run from anywhere, on a machine as quiet as you can
# get; prints the figures and writes them to target/bench/subjects-*.txt.
#   bench/subjects.sh                                          # full size (about 15 minutes)
#   PERSONS=100000 COMPANIES=30000 RELATIONS=500000 IMPORTS=100000 bench/subjects.sh
#   KEEP=true bench/subjects.sh      # keep the loaded database in target/bench-pg; later runs reuse it
#   TESTS='SubjectBenchmark#fuzzySearch' bench/subjects.sh   # one of the three
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
keep=()
if [ "${KEEP:-false}" = true ]; then
    keep=(-Dbench.keep=true -Dstroomplan.database.embedded.data-directory=target/bench-pg -Dstroomplan.database.embedded.clean=false)
fi
./mvnw -B -q test -Dtest="${TESTS:-SubjectBenchmark}" "${keep[@]}" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true -Dstroomplan.security.search-rate-limit.enabled=false \
    -Dbench.persons="${PERSONS:-1000000}" -Dbench.companies="${COMPANIES:-300000}" -Dbench.relations="${RELATIONS:-5000000}" \
    -Dbench.imports="${IMPORTS:-1000000}" -Dbench.importRuns="${IMPORT_RUNS:-3}" -Dbench.requests="${REQUESTS:-20}" \
    -Dbench.rounds="${ROUNDS:-10}" >target/bench-subjects.log 2>&1 || {
    tail -80 target/bench-subjects.log
    exit 1
}
for f in search neighbourhood import import-kbo; do [ -f "target/bench/subjects-$f.txt" ] && cat "target/bench/subjects-$f.txt" && echo; done
# the import's phases, as the application logs them
grep -ho "Import [0-9a-f-]* ([0-9]* rows): staged.*\|Merge of import .*" target/bench-subjects.log | sort -u || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
