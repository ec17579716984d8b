#!/usr/bin/env bash
# Ralph, a learning record store (https://github.com/openfun/ralph), for the
# LRS tests: installed from PyPI into its own virtual environment, run on
# loopback only with its filesystem backend (by ralph_lrs.py, which says
# how and why it differs from `ralph runserver`).
#
#   tests/lrs/ralph.sh install           install it if missing (fast when present)
#   tests/lrs/ralph.sh start PORT DIR    run it on 127.0.0.1:PORT, statements in DIR
#   tests/lrs/ralph.sh stop DIR          stop the one started with DIR
#   tests/lrs/ralph.sh home              print where it is installed
#
# The tests (tests/lrs.rs) start and stop their own; start/stop are for
# trying Last Word against it by hand:
#   last-word lrs configure --endpoint http://127.0.0.1:PORT/xAPI/ \
#       --key last-word-test --secret last-word-test-secret
set -euo pipefail

RALPH_VERSION="5.1.0"
# The credentials the tests use (loopback only; not a secret).
KEY="last-word-test"
SECRET="last-word-test-secret"
HOME_DIR="${LAST_WORD_RALPH_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/last-word/ralph-$RALPH_VERSION}"

# Ralph reads its settings from RALPH_* variables; its default backend (es)
# is not installed.
export RALPH_RUNSERVER_BACKEND=fs
export RALPH_AUTH_FILE="$HOME_DIR/auth.json"

install() {
    if [ -x "$HOME_DIR/bin/ralph" ] && [ -s "$HOME_DIR/auth.json" ]; then
        return
    fi
    echo "== installing Ralph $RALPH_VERSION (an LRS for the tests) in $HOME_DIR"
    local python
    python="$(command -v python3.11 || command -v python3)"
    rm -rf "$HOME_DIR"
    "$python" -m venv "$HOME_DIR"
    # `cli` gives the `ralph` command, `lrs` the server; its OpenID module
    # imports requests.
    "$HOME_DIR/bin/pip" install -q --disable-pip-version-check \
        "ralph-malph[cli,lrs]==$RALPH_VERSION" requests
    RALPH_APP_DIR="$HOME_DIR" "$HOME_DIR/bin/ralph" auth -u "$KEY" -p "$SECRET" -s all \
        -M "mailto:$KEY@example.org" -w >/dev/null 2>&1
    test -s "$HOME_DIR/auth.json"
}

start() {
    local port="$1" dir="$2"
    mkdir -p "$dir"
    "$HOME_DIR/bin/python" "$(dirname "$0")/ralph_lrs.py" 127.0.0.1 "$port" "$dir" \
        >"$dir/ralph.log" 2>&1 &
    echo $! >"$dir/ralph.pid"
    for _ in $(seq 1 100); do
        if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            echo "Ralph listens on http://127.0.0.1:$port/xAPI/ (key $KEY, secret $SECRET)"
            return
        fi
        sleep 0.1
    done
    echo "Ralph did not start; see $dir/ralph.log" >&2
    exit 1
}

stop() {
    local dir="$1"
    if [ -s "$dir/ralph.pid" ]; then
        kill "$(cat "$dir/ralph.pid")" 2>/dev/null || true
        rm -f "$dir/ralph.pid"
    fi
}

case "${1:-}" in
    install) install ;;
    start) install; start "${2:?give a port}" "${3:?give a folder}" ;;
    stop) stop "${2:?give the folder given to start}" ;;
    home) echo "$HOME_DIR" ;;
    *) sed -n '2,13p' "$0" >&2; exit 2 ;;
esac
