#!/bin/sh
# Long fuzz run: tools/fuzz.sh [SECONDS] (default 3600).
# Runs the fuzz test (tests/fuzz/) with a fresh seed until the time is up,
# restarting it when a case kills the process (abort, stack overflow); the
# input that did is kept as target/fuzz-failures/died-SEED.py (COIL_FUZZ_DIR
# sets the folder). Findings are printed and saved there.
set -u
cd "$(dirname "$0")/.."
total=${1:-3600}
end=$(( $(date +%s) + total ))
dir=${COIL_FUZZ_DIR:-${CARGO_TARGET_DIR:-target}/fuzz-failures}
export COIL_FUZZ_DIR="$dir"
mkdir -p "$dir"
: > "$dir/log.txt"
cargo test --profile test-release --test fuzz --no-run || exit 1
while [ "$(date +%s)" -lt "$end" ]; do
    seed=$(date +%s%N)
    left=$(( end - $(date +%s) ))
    COIL_FUZZ_SEED=$seed COIL_FUZZ_SECONDS=$left \
        cargo test -q --profile test-release --test fuzz -- --nocapture 2>&1 | tee -a "$dir/log.txt"
    if ! tail -n 20 "$dir/log.txt" | grep -q "^fuzz: .* inputs in\|^fuzz: HANG\|^fuzz: MEMORY"; then
        cp "$dir/current.py" "$dir/died-$seed.py"
        echo "fuzz: the process died (seed $seed); input kept as $dir/died-$seed.py" | tee -a "$dir/log.txt"
    fi
done
grep -h "^fuzz: [0-9]* inputs" "$dir/log.txt" | awk '{n += $2} END {print "fuzz: " n " inputs in total"}'
