#!/usr/bin/env bash
# Latency of the policy decision point (cached and uncached, with and without the audit write)
# and of a compartment's listing (a page of 50 out of 10 000 items, several sort orders, first and
# deep page), each against a raw baseline. Embedded PostgreSQL with fsync and synchronous_commit
# on. Run from anywhere, on a machine as quiet as you can get; prints the figures and writes them
# to target/bench/policy-decisions.txt and target/bench/policy-listing.txt.
#   bench/policy.sh                                  # 1000 decisions and 100 pages per side, 10 rounds
#   DECISIONS=5000 PAGES=300 ITEMS=10000 bench/policy.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p target
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
./mvnw -B -q test -Dtest=PolicyBenchmark -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
    -Dbench.decisions="${DECISIONS:-1000}" -Dbench.pages="${PAGES:-100}" -Dbench.items="${ITEMS:-10000}" \
    -Dbench.rounds="${ROUNDS:-10}" >target/bench-policy.log 2>&1 || {
    tail -50 target/bench-policy.log
    exit 1
}
cat target/bench/policy-decisions.txt
echo
cat target/bench/policy-listing.txt
echo "(query plans: target/bench/policy-explain.txt)"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
