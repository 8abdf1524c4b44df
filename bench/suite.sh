# The suite's lifecycle for the benchmark scripts, sourced by them once they have named their run (`run_name`) and set
# `gateway`: a temporary folder for the run (`work`), the Release build (build_release), the suite's start
# (start_suite); on any exit, stop the app host and everything it started, then remove the folder (copying its files to
# $NPLV_BENCH_LOGS first when that is set); and free ports, HTTP status codes and the suite's processes.

work=$(mktemp -d -t "nplv-${run_name}.XXXXXX")
# PostgreSQL runs as the postgres user when we are root: it must be able to pass through to its data.
chmod 711 "$work"
apphost_pid=""

# Builds the app host, the benchmark program and the projects given, in Release.
build_release() {
  local project
  echo "Building in Release..."
  for project in AppHost bench/Nplv.Benchmarks "$@"; do
    dotnet build "$project" -c Release --nologo -v q -clp:ErrorsOnly
  done
}

# Starts the app host built in Release as its launch profile would, without dotnet run (its address and environment),
# with a signing key of this run's own (nothing is stored in the app host's user secrets), Debian's PostgreSQL with its
# data in $work/postgres, and the environment given as arguments (NAME=value); then waits until the gateway answers.
start_suite() {
  local suite_ports=(5080 5101 5102 5103 18888 18889 18890) start_timeout=300 busy=() port postgres_port profile dashboard_url started
  local -a profile_env
  for port in "${suite_ports[@]}"; do
    ss -Hltn "sport = :$port" | grep -q . && busy+=("$port")
  done
  if ((${#busy[@]} > 0)); then
    echo "Ports ${busy[*]} are in use (another running suite?); stop it or try again later:" >&2
    ss -ltnp | grep -E ":($(IFS='|'; echo "${busy[*]}"))\b" >&2 || true
    exit 1
  fi

  postgres_port=$(free_port)
  echo "Starting the suite (PostgreSQL on 127.0.0.1:${postgres_port}, data in ${work}/postgres)..."
  profile=AppHost/Properties/launchSettings.json
  mapfile -t profile_env < <(sed -n '/"environmentVariables"/,/}/p' "$profile" | grep -oE '"[A-Z_]+": *"[^"]*"' | sed -E 's/"([^"]+)": *"([^"]*)"/\1=\2/')
  dashboard_url=$(grep -oE '"applicationUrl": *"[^"]*"' "$profile" | sed -E 's/.*: *"([^"]*)"/\1/')
  (
    cd AppHost
    exec env "${profile_env[@]}" "ASPNETCORE_URLS=${dashboard_url}" "$@" \
      "Parameters__gateway-signing-key=$(od -An -tx1 -N32 /dev/urandom | tr -d ' \n')" \
      bin/Release/net10.0/Nplv.AppHost \
      --Postgres:Mode=local "--Postgres:DataDirectory=${work}/postgres" "--Postgres:Port=${postgres_port}"
  ) > "$work/apphost.log" 2>&1 &
  apphost_pid=$!

  started=$SECONDS
  until [[ "$(http_status "$gateway/health")" == 200 && "$(http_status "$gateway/api/v1/programme")" == 200 ]]; do
    if ! kill -0 "$apphost_pid" 2> /dev/null; then
      echo "The app host stopped before the suite was ready:" >&2
      tail -n 40 "$work/apphost.log" >&2
      exit 1
    fi
    if ((SECONDS - started > start_timeout)); then
      echo "The gateway did not answer /health and /api/v1/programme within ${start_timeout} s:" >&2
      tail -n 40 "$work/apphost.log" >&2
      exit 1
    fi
    sleep 1
  done
  echo "Ready after $((SECONDS - started)) s."
}

# The pid of the suite's process whose command line names $1 (Nplv.Gateway, Nplv.Indicators...).
suite_process() {
  local pid
  for pid in $(suite_processes); do
    if tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -qE "$1( |\$|\.dll)"; then
      echo "$pid"
      return
    fi
  done
}

stop_suite() {
  local status=$?
  trap - EXIT INT TERM
  [[ -n "$apphost_pid" ]] && echo "Stopping the suite..."
  if [[ -n "$apphost_pid" ]] && kill -0 "$apphost_pid" 2> /dev/null; then
    # The app host stops its resources (services, dashboard, PostgreSQL) on SIGTERM. It may be stopping already: a
    # Ctrl-C reaches it too, but a background process of a script may ignore SIGINT, so it is not counted on.
    kill -TERM "$apphost_pid" 2> /dev/null || true
    for _ in $(seq 1 120); do
      kill -0 "$apphost_pid" 2> /dev/null || break
      sleep 0.5
    done
    if kill -0 "$apphost_pid" 2> /dev/null; then
      echo "The app host did not stop within 60 s; killing it." >&2
      kill -KILL "$apphost_pid" 2> /dev/null || true
    fi
    wait "$apphost_pid" 2> /dev/null || true
  fi
  # What the app host started must be gone before its folder is: PostgreSQL's data is in it.
  local left=""
  for _ in $(seq 1 60); do
    left=$(suite_processes)
    [[ -z "$left" ]] && break
    sleep 0.5
  done
  if [[ -n "$left" ]]; then
    echo "Still running after the app host stopped; killing: $left" >&2
    # shellcheck disable=SC2086
    kill -KILL $left 2> /dev/null || true
    sleep 1
  fi
  if [[ -n "${NPLV_BENCH_LOGS:-}" ]]; then
    mkdir -p "$NPLV_BENCH_LOGS"
    find "$work" -maxdepth 1 -type f -exec cp {} "$NPLV_BENCH_LOGS" \;
  fi
  rm -rf "$work"
  exit "$status"
}

# The processes of this run: the app host, DCP (which watches the app host's pid; it is not the app host's child), what
# they started (the dashboard, the services, PostgreSQL), and anything whose command line names this run's folder.
suite_processes() {
  ps -eo pid=,ppid=,args= | apphost="$apphost_pid" work="$work" self="$$" awk '
    { pid = $1; ppid[pid] = $2; $1 = $2 = ""; args[pid] = $0 }
    END {
      apphost = ENVIRON["apphost"]
      for (p in args) {
        if ((apphost != "" && (p == apphost || index(args[p], "--monitor " apphost " "))) || index(args[p], ENVIRON["work"])) ours[p] = 1
      }
      for (changed = 1; changed;) {
        changed = 0
        for (p in ppid) if (!(p in ours) && (ppid[p] in ours)) { ours[p] = 1; changed = 1 }
      }
      for (p in ours) if (p != ENVIRON["self"]) printf "%s ", p
    }'
}

trap stop_suite EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Waits (NPLV_BENCH_QUIET_WAIT seconds at most, default 300) until the whole machine uses under half a core for 3 s:
# other work (a build, another worktree's tests) takes the cores the figures are about.
wait_until_quiet() {
  local deadline=$((SECONDS + ${NPLV_BENCH_QUIET_WAIT:-300})) busy said=0
  while :; do
    busy=$(
      { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; sleep 3
        awk '/^cpu / { print $2 + $3 + $4 + $7 + $8, $2 + $3 + $4 + $5 + $6 + $7 + $8 + $9 }' /proc/stat; } \
        | awk -v n="$(nproc)" 'NR == 1 { b = $1; t = $2 } NR == 2 { printf "%.2f", ($1 - b) * n / ($2 - t) }')
    awk "BEGIN { exit !($busy < 0.5) }" && return 0
    if ((SECONDS > deadline)); then
      echo "  The machine is still busy (${busy} cores); measuring anyway."
      return 0
    fi
    if ((SECONDS >= said)); then
      echo "  The machine is busy (${busy} cores); waiting for it to be quiet..."
      said=$((SECONDS + 60))
    fi
    sleep 5
  done
}

now() { date +%s.%N; }
seconds_between() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", b - a }'; }
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 20000))
    ss -Hltn "sport = :$port" | grep -q . || { echo "$port"; return; }
  done
}

http_status() {
  curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$1" || true
}
