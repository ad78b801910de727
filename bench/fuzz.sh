#!/usr/bin/env bash
# Fuzzes the Jazzer targets (the identifier checks and names, the CSV and FtM import readers, every
# JSON body of the API) in fuzzing mode, one after the other, each for ROUNDS rounds of the 5 minutes
# that its @FuzzTest(maxDuration) says (Jazzer 0.24 appends that limit after any libFuzzer flag given
# on the command line, so it cannot be changed from here; a later round starts from the corpus that
# the earlier ones built). In the normal
# build the same targets run in regression mode over their seeds in
# src/test/resources/<package>/<Class>Inputs/<method>/. A finding fails the run and is written next to
# those seeds as crash-<hash>: fix the bug, give the file a name that says what it is, commit it as a
# regression seed. The generated corpus goes to .cifuzz-corpus/ (ignored by git).
#   bench/fuzz.sh                          # every target, 5 minutes each
#   ROUNDS=6 bench/fuzz.sh ImportFuzzTests#csvRecords   # one target, 30 minutes
set -uo pipefail
cd "$(dirname "$0")/.."
ROUNDS="${ROUNDS:-1}"
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(IdentifierFuzzTests#identifiers IdentifierFuzzTests#addresses IdentifierFuzzTests#names
             IdentifierFuzzTests#subjectDrafts ImportFuzzTests#csvRecords ImportFuzzTests#csvRoundTrip
             ImportFuzzTests#ftmLines ApiBodyFuzzTests#requestBodies)
fi
mkdir -p target/bench
report=target/bench/fuzz.txt
: >"$report"
status=0
./mvnw -B -q test-compile -Djacoco.skip=true >target/bench/fuzz-compile.log 2>&1 || { tail -30 target/bench/fuzz-compile.log; exit 1; }
for target in "${TARGETS[@]}"; do
  for round in $(seq 1 "$ROUNDS"); do
    log="target/bench/fuzz-${target//#/-}-$round.log"
    # the target runs in the fuzz-regression Surefire execution (tag fuzz), in a JVM of its own
    JAZZER_FUZZ=1 ./mvnw -B -q test -Dtest="$target" -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true \
        >"$log" 2>&1
    rc=$?
    runs=$(grep -a -oE 'Done [0-9]+ runs in [0-9]+ second' "$log" | tail -1)
    cov=$(grep -a -oE 'cov: [0-9]+ ft: [0-9]+ corp: [0-9]+/[0-9]+[a-zA-Z]*' "$log" | tail -1)
    if [ $rc -eq 0 ]; then
        echo "$target (round $round): no finding (${runs:-runs unknown}s; ${cov:-coverage unknown})" | tee -a "$report"
    else
        status=1
        echo "$target (round $round): FINDING or failure, see $log" | tee -a "$report"
        grep -a -m3 -E 'AssertionFailedError|Exception|expected|but was' "$log" | tee -a "$report"
        break
    fi
  done
done
exit $status
