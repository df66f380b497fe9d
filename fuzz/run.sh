#!/usr/bin/env bash
# Runs cargo-fuzz targets one after another, each for SECONDS (default 600), on one core.
#   fuzz/run.sh [SECONDS] [TARGET...]      (from any directory; default: all targets)
# Needs a nightly toolchain and cargo-fuzz (cargo install cargo-fuzz --version 0.13.1 --locked).
# The corpus grows in fuzz/corpus/<target> (seeded from fuzz/seeds/<target>), crashes land in
# fuzz/artifacts/<target>, and each run's log in fuzz/logs/<target>.log.
set -u
FUZZ_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cd "$FUZZ_DIR"

SECONDS_PER_TARGET="${1:-600}"
shift || true
ALL_TARGETS=(keystore_decrypt mnemonic_normalisation key_path chain verify_deposit
    verify_bls_change verify_exit validator_import options)
if [ "$#" -gt 0 ]; then TARGETS=("$@"); else TARGETS=("${ALL_TARGETS[@]}"); fi

mkdir -p logs
SUMMARY="logs/summary.txt"
echo "# $(date -u +%FT%TZ) run.sh $SECONDS_PER_TARGET ${TARGETS[*]}" >> "$SUMMARY"

# One core for building too, unless told otherwise.
export CARGO_BUILD_JOBS="${CARGO_BUILD_JOBS:-1}"
# Build once up front, so no target's time goes to compiling.
if ! cargo +nightly fuzz build; then
    echo "warning: cargo fuzz build failed; targets fall back to binaries already built" >&2
fi

for target in "${TARGETS[@]}"; do
    mkdir -p "corpus/$target" "seeds/$target"
    log="logs/$target.log"
    dict="dict/$target.dict"
    [ -f "$dict" ] || dict="dict/json.dict"
    echo "== $target: ${SECONDS_PER_TARGET}s, log $log"
    start=$(date +%s)
    args=(-max_total_time="$SECONDS_PER_TARGET" -rss_limit_mb=2048 -timeout=10
        -max_len=65536 -dict="$dict" -print_final_stats=1)
    cargo +nightly fuzz run "$target" "corpus/$target" "seeds/$target" -- "${args[@]}" > "$log" 2>&1
    status=$?
    note=""
    # `cargo fuzz run` rebuilds first; if ../src no longer compiles (it is edited while this
    # runs), fuzz the binary built above instead of losing the target's slot.
    if ! grep -q '^INFO: Seed:' "$log"; then
        bin="target/x86_64-unknown-linux-gnu/release/$target"
        note=" (rebuild failed: ran the binary built at the start)"
        mkdir -p "artifacts/$target"
        "$bin" -artifact_prefix="artifacts/$target/" "${args[@]}" \
            "corpus/$target" "seeds/$target" >> "$log" 2>&1
        status=$?
    fi
    elapsed=$(( $(date +%s) - start ))
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    done_line=$(grep -E '^#[0-9]+[[:space:]]+DONE' "$log" | tail -1)
    rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    corpus=$(find "corpus/$target" -type f | wc -l)
    finding=none
    if [ "$status" -ne 0 ]; then
        finding="exit $status: $(grep -m1 -E '^==[0-9]+== ERROR|panicked at|ERROR: libFuzzer' "$log" | head -c 200)"
    fi
    line="$target seconds=$elapsed execs=${execs:-?} execs_per_s=${rate:-?} corpus=$corpus done='${done_line:-none}' finding=$finding$note"
    echo "$line" | tee -a "$SUMMARY"
done
