#!/usr/bin/env bash
# Soak: minutes of mixed read and write load on the whole suite, with the memory of every process sampled throughout.
# Starts the suite with the app host (Release; a throw-away PostgreSQL in a temporary folder), then runs the load of
# bench/Nplv.Benchmarks "soak" (see Soak.cs: cached and uncached views, lists, measures created, retried, edited with
# If-Match and deleted, so the data keeps its size) and samples each process every 30 s: the gateway and the three
# services (resident memory) and PostgreSQL (all its processes, proportional set size, so shared memory counts once).
# Prints the load's table (requests, errors by kind, p50/p99 per operation) and memory at start and end, its lowest
# and highest, and its trend over the second half of the run, when warm-up is over.
# Usage: bench/soak.sh [minutes, default 10] [concurrent clients, default 8]
# The services send no telemetry to the dashboard unless NPLV_BENCH_TELEMETRY=on. NPLV_BENCH_LOGS=DIR keeps the
# run's outputs. Installs curl and PostgreSQL with apt-get when missing. Not part of the tests: it runs for minutes.
set -euo pipefail
cd "$(dirname "$0")/.."

minutes=${1:-10}
concurrency=${2:-8}
gateway=http://localhost:5080
sample_every=30

[[ "$minutes" =~ ^[0-9]+$ && "$minutes" -gt 0 && "$concurrency" =~ ^[0-9]+$ && "$concurrency" -gt 0 ]] \
  || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

missing=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v curl > /dev/null || missing+=(curl)
source bench/packages.sh
install_missing "${missing[@]}"

run_name=soak
source bench/suite.sh
build_release

telemetry_env=(OTEL_SDK_DISABLED=true)
[[ "${NPLV_BENCH_TELEMETRY:-off}" == on ]] && telemetry_env=()
start_suite "${telemetry_env[@]}"

declare -A pids
for name in Gateway Partners Measures Indicators; do
  pids[$name]=$(suite_process "Nplv\\.$name")
  [[ -n "${pids[$name]}" ]] || { echo "The ${name} process was not found." >&2; exit 1; }
done

# "seconds<TAB>process<TAB>MiB", one line per process.
sample_memory() {
  local at=$1 name pid kib pss
  for name in Gateway Partners Measures Indicators; do
    kib=$(awk '$1 == "VmRSS:" { print $2 }' "/proc/${pids[$name]}/status" 2> /dev/null || echo 0)
    printf '%s\t%s\t%.1f\n' "$at" "$name" "$(awk -v k="${kib:-0}" 'BEGIN { print k / 1024 }')"
  done
  kib=0
  for pid in $(suite_processes); do
    if [[ "$(cat "/proc/$pid/comm" 2> /dev/null)" == postgres ]]; then
      pss=$(awk '$1 == "Pss:" { print $2 }' "/proc/$pid/smaps_rollup" 2> /dev/null || true)
      kib=$((kib + ${pss:-0}))
    fi
  done
  printf '%s\t%s\t%.1f\n' "$at" "PostgreSQL" "$(awk -v k="$kib" 'BEGIN { print k / 1024 }')"
}

echo "Soak: ${minutes} min, ${concurrency} clients, memory every ${sample_every} s..."
(
  started=$SECONDS
  # Ends with the suite, however the run ends.
  while kill -0 "$apphost_pid" 2> /dev/null; do
    sample_memory "$((SECONDS - started))"
    sleep "$sample_every"
  done
) > "$work/memory.tsv" &
sampler_pid=$!

load_started=$SECONDS
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- soak \
  --gateway "$gateway" --minutes "$minutes" --concurrency "$concurrency" | tee "$work/soak.out"
kill "$sampler_pid" 2> /dev/null || true
wait "$sampler_pid" 2> /dev/null || true
sample_memory "$((SECONDS - load_started))" >> "$work/memory.tsv"

echo
echo "$(date -u +%F), $(nproc) cores, ${concurrency} clients for ${minutes} min; load, suite, dashboard and PostgreSQL on one machine;" \
  "telemetry to the dashboard ${NPLV_BENCH_TELEMETRY:-off}"
echo
echo "Memory (MiB; services resident, PostgreSQL proportional), sampled every ${sample_every} s:"
echo
echo "| process | start | end | lowest | highest | trend over the second half (MiB/min) |"
echo "|---|---:|---:|---:|---:|---:|"
for name in Gateway Partners Measures Indicators PostgreSQL; do
  awk -F'\t' -v name="$name" '
    $2 == name { n++; t[n] = $1; m[n] = $3 }
    END {
      lo = hi = m[1]
      for (i = 1; i <= n; i++) { if (m[i] < lo) lo = m[i]; if (m[i] > hi) hi = m[i] }
      # Least squares over the samples of the second half: warm-up (JIT, pools, caches) is over by then.
      for (i = int(n / 2) + 1; i <= n; i++) { k++; sx += t[i]; sy += m[i]; sxx += t[i] * t[i]; sxy += t[i] * m[i] }
      slope = (k > 1 && k * sxx - sx * sx != 0) ? (k * sxy - sx * sy) / (k * sxx - sx * sx) * 60 : 0
      printf "| %s | %.0f | %.0f | %.0f | %.0f | %+.2f |\n", name, m[1], m[n], lo, hi, slope
    }' "$work/memory.tsv"
done
