#!/usr/bin/env bash
# Network analysis benchmarks: the time of each analysis step (degree, betweenness sampled and
# exact, Louvain communities, articulation points and bridges, the whole analysis) on a generated
# network of 50,000 subjects and 200,000 relations; and the graph JSON of a 500-subject
# neighbourhood through real HTTP and through the service, against the raw recursive CTE, on the
# embedded PostgreSQL (fsync and synchronous_commit on). Run from anywhere, on a machine as quiet
# as you can get; prints the figures and writes them to target/bench/network-analysis.txt and
# target/bench/network-neighbourhood.txt.
#   bench/network.sh                                   # 50,000 subjects, 200,000 relations
#   SUBJECTS=5000 RELATIONS=20000 EXACT=false bench/network.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest='NetworkAnalysisBenchmark,NetworkBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.subjects="${SUBJECTS:-50000}" -Dbench.relations="${RELATIONS:-200000}" -Dbench.pivots="${PIVOTS:-500}" \
    -Dbench.exact="${EXACT:-true}" -Dbench.requests="${REQUESTS:-20}" -Dbench.rounds="${ROUNDS:-10}" >target/bench-network.log 2>&1 || {
    tail -50 target/bench-network.log
    exit 1
}
cat target/bench/network-analysis.txt
echo
cat target/bench/network-neighbourhood.txt
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
