# Shared settings for the project's scripts; sourced, never run on its own.
# The pinned versions live here so that setup, serve, test and bench agree on them.

STANDOFF_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# wasm-bindgen-cli must match the wasm-bindgen crate exactly; Cargo.toml pins it with "=".
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$STANDOFF_ROOT/Cargo.lock")"
export PATH="$STANDOFF_ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER="${CHROMEDRIVER:-/usr/bin/chromedriver}"
export STANDOFF_CHROMIUM="${STANDOFF_CHROMIUM:-/usr/bin/chromium}"

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }

# Cleanup of everything a script started, on success, on a failed step (set -e) and on Ctrl-C,
# SIGTERM or SIGHUP. Process ids and groups alone do not find them all: Chromium's crash
# handlers re-parent themselves to init at once, and a browser, a chromedriver or a Node test
# file outlives its parent once that dies, when it no longer looks like ours. So the script
# exports a run id unique to this run, which every process it starts inherits in its
# environment, however deep; cleanup stops the processes whose environment holds this id (read
# from /proc/<pid>/environ), and every member of a process group one of them leads: Chromium
# starts its zygote, renderers and GPU process with an environment of its own, but they stay in
# the group of the browser process, which Playwright makes a group leader. Browsers, servers and
# builds of other worktrees or other runs carry another id or none, so they are left alone, and
# so is the group the script itself belongs to (a terminal's job, or CI's).
#
# A script that is run by another of ours (setup.sh from test.sh) keeps the run id it inherited
# and installs no trap: the outermost script cleans up for both.
track_started_processes() {
  if [ -n "${STANDOFF_RUN_ID:-}" ]; then
    return
  fi
  STANDOFF_RUN_ID="$$-$(date +%s%N)"
  export STANDOFF_RUN_ID
  trap 'stop_started_processes' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM
  trap 'exit 129' HUP
}

# Sets `started` to the live processes of this run, other than this shell: those whose
# environment holds the run id, the members of every group such a process leads (or led:
# `started_groups` remembers the groups, since a browser's helpers may outlive the browser by a
# moment), and the children of all of these, however deep (chromedriver's Chromium stays in the
# script's own group, and its helpers carry no run id). Runs in this shell, not a subshell, so
# that the groups persist between rounds.
find_started_processes() {
  local file pid table tagged=""
  for file in $(grep -lszx "STANDOFF_RUN_ID=$STANDOFF_RUN_ID" /proc/[0-9]*/environ); do
    pid="${file#/proc/}"
    pid="${pid%/environ}"
    if [ "$pid" != "$$" ] && [ -d "/proc/$pid" ]; then
      tagged="$tagged $pid"
    fi
  done
  table="$(ps -eo pid=,ppid=,pgid=)"
  started_groups="$started_groups $(awk -v ours=" $tagged " 'index(ours, " " $1 " ") && $1 == $3 { print $1 }' <<<"$table" | tr '\n' ' ')"
  started="$(awk -v ours=" $tagged " -v groups=" $started_groups " -v self="$$" '
    { pid[NR] = $1; ppid[NR] = $2; pgid[NR] = $3 }
    END {
      for (i = 1; i <= NR; i++) if (index(ours, " " pid[i] " ") || index(groups, " " pgid[i] " ")) mine[pid[i]] = 1
      do {
        grew = 0
        for (i = 1; i <= NR; i++) if (!(pid[i] in mine) && (ppid[i] in mine)) { mine[pid[i]] = 1; grew = 1 }
      } while (grew)
      for (p in mine) if (p != self) printf "%s ", p
    }' <<<"$table")"
}

# The EXIT trap: asks every process of this run to stop (SIGTERM, so Chromium and Node shut
# down cleanly), looking again every 0.2 s since a dying test runner may start one more child;
# after 5 s whatever is left gets SIGKILL. The script's own exit status is kept.
stop_started_processes() {
  local status=$?
  # Cleanup goes on whatever fails in it (a grep that finds nothing, a process already gone),
  # and a second Ctrl-C does not cut it short.
  set +e
  trap '' INT TERM HUP
  started_groups=""
  for _ in $(seq 25); do
    find_started_processes
    [ -z "${started// /}" ] && break
    # shellcheck disable=SC2086 # one id per word
    kill -TERM $started 2>/dev/null || true
    sleep 0.2
  done
  find_started_processes
  if [ -n "${started// /}" ]; then
    # shellcheck disable=SC2086
    kill -KILL $started 2>/dev/null || true
  fi
  exit "$status"
}

# Runs one step in the background and waits for it: a signal to the script then interrupts the
# wait at once (bash runs a trap only after its foreground command returns), and the EXIT trap
# stops the step. The step's exit status is returned, so `set -e` still stops at a failure.
run() {
  "$@" &
  wait "$!"
}
