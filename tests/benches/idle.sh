#!/usr/bin/env bash
# Idle CPU and time to the first interactive frame of the release game under
# Xvfb with software rendering, reactive (the default) beside continuous; then
# the workshop's projector waiting for votes (the phones' server running on
# loopback, the first vote open, nobody voting).
#
#   tests/benches/idle.sh [SECONDS]
#
# Needs xvfb and mesa-vulkan-drivers (tests/run installs them).
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-10}"
# The game itself, with its window (the default features); the other
# benchmarks build without it into target/bench (`cargo bench-core`).
cargo build --release --quiet
game="${CARGO_TARGET_DIR:-target}/release/last-word"
config="$(mktemp -d)"
trap 'rm -rf "$config"' EXIT
for mode in reactive continuous; do
    flag=""
    [ "$mode" = continuous ] && flag="--continuous"
    echo "== $mode rendering"
    LAST_WORD_CONFIG_DIR="$config" xvfb-run -a -s "-screen 0 1280x720x24" \
        "$game" --bench-idle "$seconds" $flag 2>&1 \
        | grep -E "^(first interactive frame|idle CPU)"
done
echo "== workshop, waiting for votes (reactive)"
LAST_WORD_CONFIG_DIR="$config" xvfb-run -a -s "-screen 0 1280x720x24" \
    "$game" workshop --scenarios coffee-dry-cappuccino --bind 127.0.0.1:0 --open \
    --bench-idle "$seconds" 2>&1 \
    | grep -E "^(first interactive frame|idle CPU)"
