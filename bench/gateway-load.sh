#!/usr/bin/env bash
# Load benchmark of the gateway's heaviest read against the gRPC call underneath it, on one machine.
# Starts the whole suite with the app host (Release; a throw-away PostgreSQL in a temporary folder), fills one wijk
# with measures, figures and targets, then, each after a warm-up and for a fixed time with the same connections:
#   wrk     GET /api/v1/areas/WK001403/dashboard on the gateway (http://localhost:5080), checking every body
#   h2load  ListTargets of that wijk straight to the indicators service (gRPC over h2c, http://localhost:5103)
# and prints a Markdown table, the dashboard's share of the direct call's throughput, and the CPU of each process.
# Usage: bench/gateway-load.sh [seconds per run, default 30] [connections, default 64]
# The services send no telemetry to the dashboard unless NPLV_BENCH_TELEMETRY=on (as ./nplv start does).
# The services inherit the environment (through the app host), so settings can be tried without a change, e.g.
#   env Logging__LogLevel__Npgsql=Warning bench/gateway-load.sh
# Before each run it waits (NPLV_BENCH_QUIET_WAIT seconds at most, default 600) until the machine is quiet.
# NPLV_BENCH_LOGS=DIR keeps the run's outputs (app host, wrk and h2load, the dashboard's answer) in DIR.
# Installs wrk, h2load (nghttp2-client) and PostgreSQL with apt-get when they are missing. Stops everything it
# started and deletes its temporary folder when it ends, fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

duration=${1:-30}
connections=${2:-64}
warm_up=${NPLV_BENCH_WARMUP:-5}
area=${NPLV_BENCH_AREA:-WK001403}
gateway=http://localhost:5080
indicators=http://localhost:5103
list_targets=/nplv.indicators.v1.IndicatorsService/ListTargets

[[ "$duration" =~ ^[0-9]+$ && "$connections" =~ ^[0-9]+$ && "$connections" -ge 2 ]] || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

# --- Tools -----------------------------------------------------------------------------------------------------------
missing=()
command -v wrk > /dev/null || missing+=(wrk)
command -v h2load > /dev/null || missing+=(nghttp2-client)
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v curl > /dev/null || missing+=(curl)
source bench/packages.sh
install_missing "${missing[@]}"

# --- Start and stop --------------------------------------------------------------------------------------------------
run_name=gateway-load
source bench/suite.sh
build_release

# The services' telemetry goes to the dashboard when NPLV_BENCH_TELEMETRY=on, as with ./nplv start; by default they
# export none (OpenTelemetry's OTEL_SDK_DISABLED), so the dashboard, which cannot be left out, has nothing to digest.
telemetry=${NPLV_BENCH_TELEMETRY:-off}
telemetry_env=(OTEL_SDK_DISABLED=true)
[[ "$telemetry" == on ]] && telemetry_env=()
start_suite "${telemetry_env[@]}"

# --- Data ------------------------------------------------------------------------------------------------------------
echo "Preparing ${area}..."
frame="$work/list-targets.bin"
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- dashboard-data \
  --gateway "$gateway" --indicators "$indicators" --area "$area" --frame "$frame"

# One answer of each, checked by hand: the dashboard whole, and ListTargets with grpc-status 0 in its trailers.
dashboard_body="$work/dashboard.json"
[[ "$(curl -s -o "$dashboard_body" -w '%{http_code}' "$gateway/api/v1/areas/$area/dashboard")" == 200 ]] \
  || { echo "The dashboard did not answer 200." >&2; exit 1; }
grep -q '"degraded":\[\]' "$dashboard_body" || { echo "The dashboard is degraded: $(grep -o '"degraded":[^]]*]' "$dashboard_body")" >&2; exit 1; }
grpc_headers="$work/list-targets.headers"
curl -s --http2-prior-knowledge -X POST -H 'content-type: application/grpc' -H 'te: trailers' --data-binary "@$frame" \
  -D "$grpc_headers" -o "$work/list-targets.answer" "$indicators$list_targets"
grep -qiE '^grpc-status: *0' "$grpc_headers" \
  || { echo "ListTargets did not answer grpc-status 0:" >&2; cat "$grpc_headers" >&2; exit 1; }
echo "Checked: the dashboard answers 200 and is not degraded ($(wc -c < "$dashboard_body") bytes);" \
  "ListTargets answers grpc-status 0 ($(wc -c < "$work/list-targets.answer") bytes)."

# --- CPU per process -------------------------------------------------------------------------------------------------

# "group<TAB>ticks" (user + system CPU time) for what this run started: the app host and everything under it, grouped
# by what it is, and the load tool; every other process of the machine (another build, say) is "other".
# The samples are taken between the runs, never during one.
cpu_sample() {
  local dir line args
  local -a fields cmd
  for dir in /proc/[0-9]*; do
    { read -r line < "$dir/stat" && mapfile -d '' cmd < "$dir/cmdline"; } 2> /dev/null || continue
    # After the command name come state (field 3), ppid (4) ... utime (14) and stime (15), and the same of the children
    # it has waited for (16, 17): a process's own time until it ends, then its parent's. So short-lived processes count
    # too (PostgreSQL forks one per connection, and one per cancel request), and so does the load tool, which has ended
    # by the second sample: for this script only the children's time counts, and that is the load tool's.
    read -ra fields <<< "${line##*) }"
    args="${cmd[*]}"
    if [[ "${dir#/proc/}" == "$$" ]]; then
      printf '%s\t%s\t%s\t%s\n' "$$" 0 "$((fields[13] + fields[14]))" "load tool"
    else
      printf '%s\t%s\t%s\t%s\n' "${dir#/proc/}" "${fields[1]}" "$((fields[11] + fields[12] + fields[13] + fields[14]))" "${args//$'\t'/ }"
    fi
  done | apphost="$apphost_pid" self="$$" awk -F'\t' '
    { ppid[$1] = $2; ticks[$1] = $3; args[$1] = $4 }
    # Under the app host or DCP, which watches the app host (and is not its child).
    function ours(pid,  n) {
      for (n = 0; n < 64 && pid > 1; n++) {
        if (pid == ENVIRON["apphost"] || index(args[pid], "--monitor " ENVIRON["apphost"] " ")) return 1
        pid = ppid[pid]
      }
      return 0
    }
    function group(pid,  a) {
      a = args[pid]
      if (pid == ENVIRON["self"]) return "load tool"
      if (!ours(pid)) return "other"
      if (a ~ /Nplv\.Gateway/) return "gateway"
      if (a ~ /Nplv\.Indicators/) return "indicators"
      if (a ~ /Nplv\.Measures/) return "measures"
      if (a ~ /Nplv\.Partners/) return "partners"
      if (a ~ /postgres/) return "PostgreSQL"
      if (a ~ /Aspire\.Dashboard/) return "Aspire dashboard"
      if (a ~ /dcp/) return "DCP (orchestrator, proxies)"
      if (pid == ENVIRON["apphost"]) return "app host"
      return "other under the app host"
    }
    END { for (pid in ticks) sum[group(pid)] += ticks[pid]; for (g in sum) print g "\t" sum[g] }'
}

# Busy and total ticks of all cores together, from /proc/stat.
machine_sample() {
  awk '/^cpu / { busy = $2 + $3 + $4 + $7 + $8; total = busy + $5 + $6 + $9; print busy, total }' /proc/stat
}

# "group<TAB>cores" for one run: each group's CPU time over the run's wall time, then the rest of the machine.
cpu_of_run() {
  local busy total
  read -r busy total < "$work/machine-$1"
  LC_ALL=C join -t $'\t' -a 1 -a 2 -e 0 -o 0,1.2,2.2 <(LC_ALL=C sort "$work/cpu-$1.before") <(LC_ALL=C sort "$work/cpu-$1.after") \
    | awk -F'\t' -v busy="$busy" -v total="$total" -v n="$(nproc)" '
        $1 != "other" { cores = ($3 - $2) * n / total; ours += cores; printf "%s\t%.3f\n", $1, cores }
        END {
          # Per-process and whole-machine times are kept apart by the kernel and differ by a few hundredths.
          others = (busy * n / total) - ours
          printf "other processes\t%.3f\nwhole machine\t%.3f\n", (others > 0 ? others : 0), busy * n / total
        }'
}

# Other work on the machine (a build, another suite's tests) takes the cores the figures are about, and so does the
# suite still digesting the run before (the dashboard its telemetry, PostgreSQL its vacuum): before each run, wait until
# the whole machine uses under half a core for 3 s, at most NPLV_BENCH_QUIET_WAIT seconds (default 600).
wait_until_quiet() {
  local waited_until=$((SECONDS + ${NPLV_BENCH_QUIET_WAIT:-600})) others busy said=0
  while :; do
    cpu_sample > "$work/cpu-quiet.before"
    read -r busy_before total_before < <(machine_sample)
    sleep 3
    read -r busy_after total_after < <(machine_sample)
    cpu_sample > "$work/cpu-quiet.after"
    echo "$((busy_after - busy_before)) $((total_after - total_before))" > "$work/machine-quiet"
    others=$(cpu_of_run quiet | awk -F'\t' '$1 == "other processes" { print $2 }')
    busy=$(cpu_of_run quiet | awk -F'\t' '$1 == "whole machine" { print $2 }')
    awk "BEGIN { exit !($busy < 0.5) }" && return 0
    if ((SECONDS > waited_until)); then
      echo "The machine is still busy (${busy} cores, ${others} of them other processes); measuring anyway."
      return 0
    fi
    if ((SECONDS >= said)); then
      echo "The machine is busy (${busy} cores, ${others} of them other processes); waiting for it to be quiet..."
      said=$((SECONDS + 60))
    fi
    sleep 5
  done
}

# --- Load ------------------------------------------------------------------------------------------------------------
cat > "$work/check-dashboard.lua" << 'LUA'
-- Counts the answers whose body is not a whole dashboard (a 200 with parts named in "degraded").
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) checked = 0; degraded = 0 end
function response(status, headers, body)
  checked = checked + 1
  if status == 200 and not string.find(body, '"degraded":[]', 1, true) then degraded = degraded + 1 end
end
function done(summary, latency, requests)
  local c, d = 0, 0
  for _, thread in ipairs(threads) do c = c + thread:get("checked"); d = d + thread:get("degraded") end
  io.write(string.format("Checked bodies: %d, degraded: %d\n", c, d))
end
LUA

threads=2
dashboard_url_full="$gateway/api/v1/areas/$area/dashboard"
h2load_args=(-t "$threads" -c "$connections" -m 1 -d "$frame" -H 'content-type: application/grpc' -H 'te: trailers')

# Runs one measured load with the CPU of every process sampled around it; "$1" names the run.
measure() {
  local name=$1
  shift
  cpu_sample > "$work/cpu-$name.before"
  read -r busy_before total_before < <(machine_sample)
  "$@" > "$work/$name.out" 2>&1 || { echo "The $name run failed:" >&2; cat "$work/$name.out" >&2; exit 1; }
  read -r busy_after total_after < <(machine_sample)
  cpu_sample > "$work/cpu-$name.after"
  echo "$((busy_after - busy_before)) $((total_after - total_before))" > "$work/machine-$name"
}

wait_until_quiet
echo "Dashboard over the gateway: ${warm_up} s warm-up, then ${duration} s with ${connections} connections (wrk)..."
wrk -t "$threads" -c "$connections" -d "${warm_up}s" "$dashboard_url_full" > /dev/null
measure dashboard wrk -t "$threads" -c "$connections" -d "${duration}s" --timeout 10s --latency -s "$work/check-dashboard.lua" "$dashboard_url_full"

wait_until_quiet
echo "ListTargets straight to the indicators service: ${warm_up} s warm-up, then ${duration} s with ${connections} connections (h2load)..."
h2load "${h2load_args[@]}" -D "$warm_up" "$indicators$list_targets" > /dev/null
measure grpc h2load "${h2load_args[@]}" -D "$duration" --log-file "$work/grpc.log" "$indicators$list_targets"

# One more of each after the load: still whole, still OK.
# One more dashboard after the load: whole again, at once or once an open circuit has closed (it breaks for 5 s).
recovered=""
for attempt in $(seq 1 30); do
  after_load=$(curl -s -o "$dashboard_body" -w '%{http_code}' "$dashboard_url_full")
  if [[ "$after_load" == 200 ]] && grep -q '"degraded":\[\]' "$dashboard_body"; then
    recovered=$attempt
    break
  fi
  echo "After the load the dashboard answers ${after_load} $(grep -o '"degraded":[^]]*]' "$dashboard_body")"
  sleep 1
done
[[ -n "$recovered" ]] || { echo "The dashboard is still not whole 30 s after the load." >&2; exit 1; }

# --- Results ---------------------------------------------------------------------------------------------------------
# wrk prints latencies as 812.00us, 12.34ms or 1.02s.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000; printf "%.2f", n }'
}

wrk_out="$work/dashboard.out"
dash_requests=$(grep -oE '^ *[0-9]+ requests in' "$wrk_out" | grep -oE '[0-9]+')
dash_rps=$(awk '/^Requests\/sec:/ { print $2 }' "$wrk_out")
dash_p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$wrk_out")")
dash_p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$wrk_out")")
dash_non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$wrk_out")
dash_non2xx=${dash_non2xx:-0}
dash_socket=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$wrk_out")
dash_socket=${dash_socket:-0}
dash_checked=$(awk '/^Checked bodies/ { gsub(",", ""); print $3 }' "$wrk_out")
dash_degraded=$(awk '/^Checked bodies/ { print $5 }' "$wrk_out")
dash_errors=$((dash_non2xx + dash_socket + dash_degraded))

h2_out="$work/grpc.out"
grpc_rps=$(awk '/^finished in/ { gsub(",", ""); print $4 }' "$h2_out")
read -r grpc_total grpc_succeeded grpc_failed grpc_errored grpc_timeout < <(
  awk '/^requests:/ { gsub(",", ""); print $2, $8, $10, $12, $14 }' "$h2_out")
grpc_non2xx=$(awk '/^status codes:/ { gsub(",", ""); print $5 + $7 + $9 }' "$h2_out")
# The log has one line per request: start time, HTTP status, duration in microseconds.
read -r grpc_logged grpc_p50 grpc_p99 < <(cut -f3 "$work/grpc.log" | sort -n | awk '
  { d[NR] = $1 }
  function at(p,  i) { i = int(p * NR); if (i < p * NR) i++; if (i < 1) i = 1; return d[i] / 1000 }
  END { printf "%d %.2f %.2f\n", NR, at(0.50), at(0.99) }')
grpc_errors=$((grpc_failed + grpc_errored + grpc_timeout + grpc_non2xx))

share=$(awk -v a="$dash_rps" -v b="$grpc_rps" 'BEGIN { printf "%.1f", 100 * a / b }')
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }

echo
echo "$(date -u +%F), $(nproc) cores, ${connections} connections, ${duration} s per run after ${warm_up} s warm-up;" \
  "load tool, suite, dashboard and PostgreSQL on one machine; telemetry to the dashboard ${telemetry}"
overrides=$(env | grep -E '^(OTEL_|Logging__|GrpcClients__|Gateway__|Kestrel__)' | sort | tr '\n' ' ' || true)
[[ -n "$overrides" ]] && echo "Settings from the environment: ${overrides}"
echo
echo "| load | requests | requests/s | p50 ms | p99 ms | errors |"
echo "|---|---:|---:|---:|---:|---:|"
printf "| GET /api/v1/areas/%s/dashboard (gateway, wrk) | %'d | %'.0f | %s | %s | %d |\n" \
  "$area" "$dash_requests" "$dash_rps" "$dash_p50" "$dash_p99" "$dash_errors"
printf "| ListTargets %s (indicators gRPC, h2load) | %'d | %'.0f | %s | %s | %d |\n" \
  "$area" "$grpc_succeeded" "$grpc_rps" "$grpc_p50" "$grpc_p99" "$grpc_errors"
echo
echo "Dashboard: ${dash_non2xx} non-2xx, ${dash_socket} socket errors or timeouts, ${dash_degraded} degraded of ${dash_checked} bodies checked."
echo "ListTargets: ${grpc_total} requests, ${grpc_failed} failed, ${grpc_errored} errored, ${grpc_timeout} timed out, ${grpc_non2xx} non-2xx;" \
  "p50/p99 from ${grpc_logged} logged durations; grpc-status 0 checked on a sample call."
echo
echo "Dashboard throughput is ${share}% of the direct call's: target >= 30% $(verdict "$share >= 30")."
echo "Dashboard p99 is ${dash_p99} ms: target < 50 ms $(verdict "$dash_p99 < 50")."

echo
echo "CPU used during each run, in cores (CPU time / wall time; the machine has $(nproc) cores):"
echo
echo "| process | dashboard run | ListTargets run |"
echo "|---|---:|---:|"
LC_ALL=C join -t $'\t' -a 1 -a 2 -e 0 -o 0,1.2,2.2 <(cpu_of_run dashboard | LC_ALL=C sort) <(cpu_of_run grpc | LC_ALL=C sort) \
  | awk -F'\t' '
      $1 == "whole machine" || $1 == "other processes" { last[$1] = $0; next }
      $2 >= 0.01 || $3 >= 0.01 { print }
      END { print last["other processes"]; print last["whole machine"] }' \
  | { mapfile -t rows; printf '%s\n' "${rows[@]:0:${#rows[@]}-2}" | LC_ALL=C sort -t$'\t' -k2,2 -rn; printf '%s\n' "${rows[@]: -2}"; } \
  | awk -F'\t' '{ printf "| %s | %.2f | %.2f |\n", $1, $2, $3 }'
others=$(cpu_of_run dashboard | awk -F'\t' '$1 == "other processes" { print $2 }')
if awk "BEGIN { exit !($others > 0.2) }"; then
  echo
  echo "Warning: other processes used ${others} cores during the dashboard run; the figures are lower than on a quiet machine."
fi
