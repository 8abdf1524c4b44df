#!/usr/bin/env bash
# StatLine connector benchmark: the indicators service reading a table from StatLine itself (`nplv import --statline`),
# beside the importer sending a file of the same rows, on one machine.
# Starts the whole suite with the app host (Release; a throw-away PostgreSQL in a temporary folder) with the service's
# CBS v4 catalogue pointed at the stand-in StatLine the tests use (tests/Nplv.Testing/StatLine), run by the benchmark
# program on a local port. The stand-in serves a table of N rows (OData v4 Observations, one per area, year and measure,
# for the areas the service knows; CBS's page size of 10,000 rows with next links, the region filter applied on its
# side); the benchmark program creates its indicators bench-statline-NNN and writes its mapping and a file of the same
# rows (the Observations as one JSON file, other values). Then, each on a quiet machine:
#   1. imports the table with the importer's --statline: the service reads page after page and writes the figures;
#   2. imports the file of the same rows with the importer (other values, so it writes them all too);
#   3. reads every page of the table once with curl, as the service does, for what the stand-in alone costs;
# and prints a Markdown summary.
# Usage: bench/statline.sh [rows, default 100000] [measures, default 40; rows must be a multiple of it]
# NPLV_BENCH_LOGS=DIR keeps the run's outputs (app host, stand-in, importer) in DIR.
# Installs time, PostgreSQL, curl and jq with apt-get when they are missing. Stops everything it started and deletes its
# temporary folder when it ends, fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-100000}
measures=${2:-40}
gateway=http://localhost:5080
indicators=http://localhost:5103
importer=tools/Nplv.Importer/bin/Release/net10.0/Nplv.Importer
bench=bench/Nplv.Benchmarks/bin/Release/net10.0/Nplv.Benchmarks

[[ "$rows" =~ ^[0-9]+$ && "$measures" =~ ^[0-9]+$ && "$rows" -gt 0 && "$measures" -gt 0 && $((rows % measures)) -eq 0 ]] \
  || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

# --- Tools -----------------------------------------------------------------------------------------------------------
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v curl > /dev/null || missing+=(curl)
command -v jq > /dev/null || missing+=(jq)
source bench/packages.sh
install_missing "${missing[@]}"

# --- Start and stop --------------------------------------------------------------------------------------------------
run_name=statline
source bench/suite.sh
build_release tools/Nplv.Importer

# The stand-in's port is chosen first: the service reads its address from its settings when it starts.
statline_port=$(free_port)
statline="http://127.0.0.1:${statline_port}"
start_suite OTEL_SDK_DISABLED=true "StatLine__CbsV4=${statline}/v4/odata/v1/CBS/"

# Its command line names the run's folder, so the suite's stop ends it too.
mkdir -p "$work/statline"
echo "Preparing the table of ${rows} rows..."
"$bench" statline-stand-in --indicators "$indicators" --rows "$rows" --measures "$measures" --port "$statline_port" \
  --dir "$work/statline" > "$work/stand-in.log" 2>&1 &
standin_pid=$!
until [[ -f "$work/statline/ready" ]]; do
  kill -0 "$standin_pid" 2> /dev/null || { echo "The stand-in stopped:" >&2; cat "$work/stand-in.log" >&2; exit 1; }
  sleep 1
done
sed 's/^/  /' "$work/stand-in.log"
mapping="$work/statline/mapping.json"
file="$work/statline/observations.json"

# --- Measuring -------------------------------------------------------------------------------------------------------
field() { awk -v k="$1" '$1 == k { gsub(",", "", $2); print $2 }' "$2"; }

# Runs the importer with "$@" after the run's name; leaves its outputs in $work/<name>.* and run_* variables.
import_run() {
  local name=$1 started ended status
  shift
  wait_until_quiet
  echo "Importing: $name..."
  started=$(now)
  set +e
  /usr/bin/time -v -o "$work/$name.time" "$importer" "$@" --server "$indicators" > "$work/$name.out" 2> "$work/$name.err"
  status=$?
  set -e
  ended=$(now)
  sed 's/^/  /' "$work/$name.out"
  [[ $status -eq 0 ]] || { echo "The import ($name) ended with exit code $status:" >&2; cat "$work/$name.err" >&2; exit 1; }
  run_seconds=$(seconds_between "$started" "$ended")
  run_rows=$(awk '$1 == "rows" && $2 == "read" { gsub(",", "", $3); print $3 }' "$work/$name.out")
  run_written=$(field written "$work/$name.out")
  run_peak_kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$name.time")
  echo "  ${run_seconds} s"
}

table=99990NED
import_run connector --statline "$table" --region GM0014 --catalog cbs-v4 --mapping-file "$mapping"
connector_seconds=$run_seconds connector_rows=$run_rows connector_written=$run_written connector_kib=$run_peak_kib
pages=$(awk '$1 == "query" { gsub(/[()]/, "", $(NF-1)); print $(NF-1) }' "$work/connector.out")
# The first page's address as the service sent it; its spaces are %20 on the wire.
query=$(sed -nE 's/^ *query +(.*) \([0-9]+ pages\)$/\1/p' "$work/connector.out")
[[ "$query" == "$(cat "$work/statline/warmed")" ]] \
  || echo "  The stand-in was warmed for another query than the service's; the connector's figures include its filtering."
query=${query// /%20}
[[ "$connector_rows" == "$rows" && "$connector_written" == "$rows" ]] \
  || { echo "The connector read ${connector_rows} rows and wrote ${connector_written}, not ${rows}." >&2; exit 1; }

import_run file "$file" --format cbs-odata-v4 --mapping-file "$mapping"
file_seconds=$run_seconds file_rows=$run_rows file_written=$run_written file_kib=$run_peak_kib
[[ "$file_rows" == "$rows" && "$file_written" == "$rows" ]] \
  || { echo "The file import read ${file_rows} rows and wrote ${file_written}, not ${rows}." >&2; exit 1; }

# The stand-in alone: every page as the service asked for it, one after the other, each read whole.
wait_until_quiet
echo "Reading the ${pages} pages with curl..."
started=$(now)
next=$query read_pages=0 bytes=0
while [[ -n "$next" ]]; do
  curl -sfg --max-time 60 -o "$work/page.json" "$next" || { echo "curl could not read $next" >&2; exit 1; }
  bytes=$((bytes + $(wc -c < "$work/page.json")))
  read_pages=$((read_pages + 1))
  next=$(jq -r '."@odata.nextLink" // empty' "$work/page.json")
  next=${next// /%20}
done
ended=$(now)
curl_seconds=$(seconds_between "$started" "$ended")
[[ "$read_pages" == "$pages" ]] || { echo "curl read ${read_pages} pages, the service ${pages}." >&2; exit 1; }
echo "  ${curl_seconds} s, ${bytes} bytes"
kill "$standin_pid" 2> /dev/null || true
wait "$standin_pid" 2> /dev/null || true

# --- Results ---------------------------------------------------------------------------------------------------------
rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", r / s }'; }
n() { sed -E ':a; s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/; ta' <<< "$1"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

echo
echo "$(date -u +%F), $(nproc) cores; importer, stand-in, suite and PostgreSQL on one machine; telemetry export off"
echo
echo "| run | rows | pages | seconds | rows/s | written | importer peak RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|"
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "connector: \`--statline ${table}\` from the stand-in" "$(n "$rows")" "$pages" \
  "$connector_seconds" "$(n "$(rate "$rows" "$connector_seconds")")" "$(n "$connector_written")" "$(mib "$connector_kib") MiB"
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "file: the same rows as one Observations file ($(n "$(wc -c < "$file")") bytes)" "$(n "$rows")" - \
  "$file_seconds" "$(n "$(rate "$rows" "$file_seconds")")" "$(n "$file_written")" "$(mib "$file_kib") MiB"
printf '| %s | %s | %s | %s | %s | %s | %s |\n' "curl: the same pages from the stand-in, nothing written" "$(n "$rows")" "$read_pages" \
  "$curl_seconds" "$(n "$(rate "$rows" "$curl_seconds")")" - -
