#!/usr/bin/env bash
# Export benchmark: GET /api/v1/observations, the route that streams every matching figure, through the gateway.
# Starts the whole suite with the app host (Release; a throw-away PostgreSQL in a temporary folder, telemetry export
# off), imports 1,000,000 observations with the importer (the same rows as bench/import.sh), then, each on a quiet
# machine, downloads with curl a tenth, half and all of them as CSV, all of them as Dutch CSV, JSON and XLSX, and
# prints a Markdown table: rows (counted in the file), seconds to the first byte and in all, rows/s, size, and the
# peak RSS of the gateway and of the indicators service during that download (VmHWM, reset before each one through
# /proc/<pid>/clear_refs), beside their RSS before it.
# Usage: bench/export.sh [rows, default 1000000]
# NPLV_BENCH_LOGS=DIR keeps the run's outputs (app host, importer, the head and tail of each download) in DIR.
# Installs time, PostgreSQL and curl with apt-get when they are missing. Stops everything it started and deletes its
# temporary folder when it ends, fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
gateway=http://localhost:5080
indicators=http://localhost:5103
importer=tools/Nplv.Importer/bin/Release/net10.0/Nplv.Importer

[[ "$rows" =~ ^[0-9]+$ && "$rows" -gt 0 ]] || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

# --- Tools -----------------------------------------------------------------------------------------------------------
missing=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v curl > /dev/null || missing+=(curl)
command -v unzip > /dev/null || missing+=(unzip)
source bench/packages.sh
install_missing "${missing[@]}"

# --- Start and stop --------------------------------------------------------------------------------------------------
run_name=export
source bench/suite.sh
build_release tools/Nplv.Importer
start_suite OTEL_SDK_DISABLED=true

gateway_pid=$(suite_process 'Nplv\.Gateway')
indicators_pid=$(suite_process 'Nplv\.Indicators')
[[ -n "$gateway_pid" && -n "$indicators_pid" ]] || { echo "The gateway's or the indicators service's process was not found." >&2; exit 1; }

# --- Data ------------------------------------------------------------------------------------------------------------
file="$work/observations-${rows}.csv"
echo "Preparing and importing ${rows} rows..."
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- import-data --indicators "$indicators" --rows "$rows" --csv "$file"
mapping="$work/mapping.json"
cat > "$mapping" << 'JSON'
{ "name": "bench-export", "version": 1, "format": "long-csv", "source": "Benchmark figures (bench/export.sh)", "status": "definitief" }
JSON
"$importer" "$file" --format long-csv --mapping-file "$mapping" --server "$indicators" > "$work/import.out"
grep -E '^ *(rows read|written) ' "$work/import.out"
rm -f "$file"

# --- Measuring -------------------------------------------------------------------------------------------------------
kib_of() { awk -v f="$2" '$1 == f ":" { print $2 }' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }
grouped() { sed -E ':a; s/([0-9])([0-9]{3})($|,)/\1,\2\3/; ta' <<< "$1"; }
decimals() { awk -v s="$1" 'BEGIN { printf "%.2f", s }'; }

results=()
# Downloads $gateway$2 into a file, named $1, and adds a row to the results. $3 tells how to count its rows.
export_once() {
  local name=$1 path=$2 kind=$3 out="$work/$1.out" timing status size first total count gateway_before indicators_before
  wait_until_quiet
  for pid in "$gateway_pid" "$indicators_pid"; do
    echo 5 > "/proc/$pid/clear_refs" 2> /dev/null || echo "  (cannot reset the peak RSS of $pid: its figure is the peak since it started)"
  done
  gateway_before=$(kib_of "$gateway_pid" VmRSS)
  indicators_before=$(kib_of "$indicators_pid" VmRSS)
  echo "GET ${path}..."
  timing=$(curl -s -o "$out" -w '%{http_code} %{size_download} %{time_starttransfer} %{time_total}' "$gateway$path")
  read -r status size first total <<< "$timing"
  [[ "$status" == 200 ]] || { echo "  answered ${status}: $(head -c 500 "$out")" >&2; exit 1; }
  case "$kind" in
    csv) count=$(($(wc -l < "$out") - 1))
         [[ "$(tail -c 2 "$out" | od -An -c | tr -d ' ')" == '\r\n' ]] || { echo "  the CSV does not end with a whole row" >&2; exit 1; } ;;
    json) count=$(grep -o '"indicatorCode"' "$out" | wc -l)
          [[ "$(tail -c 1 "$out")" == "]" ]] || { echo "  the JSON array is not closed" >&2; exit 1; } ;;
    xlsx) count=$(($(unzip -p "$out" xl/worksheets/sheet1.xml | grep -o '<x:row\|<row' | wc -l) - 1)) ;;
  esac
  head -c 400 "$out" > "$work/$name.head" 2> /dev/null || true
  tail -c 400 "$out" > "$work/$name.tail" 2> /dev/null || true
  rm -f "$out"
  local gateway_peak indicators_peak
  gateway_peak=$(kib_of "$gateway_pid" VmHWM)
  indicators_peak=$(kib_of "$indicators_pid" VmHWM)
  echo "  ${count} rows, ${size} bytes in ${total} s (first byte after ${first} s)"
  results+=("| ${name} | $(grouped "$count") | $(decimals "$first") | $(decimals "$total") | $(grouped "$(awk -v n="$count" -v t="$total" 'BEGIN { printf "%.0f", n / t }')") | $(mib $((size / 1024))) | $(mib "$gateway_before") | $(mib "$gateway_peak") | $(mib "$indicators_before") | $(mib "$indicators_peak") |")
}

# The imported figures run from 2016 to 2100: a tenth of the years, half of them, all.
export_once "CSV, 2016-2024" "/api/v1/observations?from=2016&to=2024&format=csv" csv
export_once "CSV, 2016-2058" "/api/v1/observations?from=2016&to=2058&format=csv" csv
export_once "CSV, all" "/api/v1/observations?format=csv" csv
export_once "Dutch CSV, all" "/api/v1/observations?format=csv&language=nl" csv
export_once "JSON, all" "/api/v1/observations" json
export_once "XLSX, all" "/api/v1/observations?format=xlsx" xlsx

echo
echo "| export | rows | first byte s | seconds | rows/s | MiB | gateway RSS before MiB | gateway peak MiB | indicators RSS before MiB | indicators peak MiB |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
printf '%s\n' "${results[@]}"
