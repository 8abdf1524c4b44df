#!/usr/bin/env bash
# Bulk import benchmark: the command-line importer (tools/Nplv.Importer) against the indicators service, beside
# PostgreSQL's own \copy of the same file, on one machine.
# Starts the whole suite with the app host (Release; a throw-away PostgreSQL in a temporary folder), creates the
# indicators bench-import-NNN over gRPC, writes long CSV files of distinct (indicator, area, year) observations for
# the areas the service knows (valid from 2016 and still valid; years 2016-2100), then, each on a quiet machine:
#   1. imports the large file (1,000,000 rows) with the importer: wall time, rows/s, the importer's peak RSS
#      (/usr/bin/time -v) and the indicators service's peak RSS (VmHWM, reset before each import);
#   2. imports the same file again under a new import id: it must write nothing;
#   3. \copy's the same file into a bare table (text columns, no keys) in the same database with psql, and again into
#      a table with the observations' keys (its primary key and index);
#   4. times the service's write phase alone: the same duplicate check and MERGE it runs once the
#      file is staged, in psql against a scratch table like observations (for new rows, then unchanged ones);
#   5. imports a small file (100,000 rows, other values) to show that peak memory does not grow with the file;
# and prints a Markdown summary with the targets: import rate at least half of \copy's, importer under 300 MB.
# Usage: bench/import.sh [rows, default 1000000] [rows of the small file, default 100000]
# NPLV_BENCH_LOGS=DIR keeps the run's outputs (app host, importer, psql) in DIR.
# Installs time, PostgreSQL (and its psql) and curl with apt-get when they are missing. Stops everything it started
# and deletes its temporary folder when it ends, fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

rows=${1:-1000000}
small_rows=${2:-100000}
gateway=http://localhost:5080
indicators=http://localhost:5103
importer=tools/Nplv.Importer/bin/Release/net10.0/Nplv.Importer

[[ "$rows" =~ ^[0-9]+$ && "$small_rows" =~ ^[0-9]+$ && "$rows" -gt 0 && "$small_rows" -gt 0 ]] \
  || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

# --- Tools -----------------------------------------------------------------------------------------------------------
missing=()
[[ -x /usr/bin/time ]] || missing+=(time)
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v psql > /dev/null || missing+=(postgresql-client)
command -v curl > /dev/null || missing+=(curl)
source bench/packages.sh
install_missing "${missing[@]}"

# --- Start and stop --------------------------------------------------------------------------------------------------
# The run's folder lets PostgreSQL pass through to its data and no further: it reads nothing else here, and psql's
# \copy reads the files as us.
run_name=import
source bench/suite.sh
build_release tools/Nplv.Importer

# No telemetry export: the dashboard would digest the import's spans and logs on the same two cores.
start_suite OTEL_SDK_DISABLED=true

# The indicators service of this run (not a test host of another worktree).
indicators_pid=$(suite_process 'Nplv\.Indicators')
[[ -n "$indicators_pid" ]] || { echo "The indicators service's process was not found." >&2; exit 1; }

# The superuser's password is kept beside the throw-away cluster's data (AppHost/Postgres/DebianPostgresCluster.cs).
export PGPASSWORD
PGPASSWORD=$(cat "$work/postgres/password")
sql() {
  psql -h 127.0.0.1 -p "$postgres_port" -U postgres -d indicatorsdb -v ON_ERROR_STOP=1 -qAtX "$@"
}

# --- Data ------------------------------------------------------------------------------------------------------------
large="$work/observations-${rows}.csv"
small="$work/observations-${small_rows}.csv"
echo "Preparing ${rows} and ${small_rows} rows..."
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- import-data --indicators "$indicators" --rows "$rows" --csv "$large"
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- import-data --indicators "$indicators" --rows "$small_rows" --csv "$small" --variant 1
# The files have no source column: the mapping names the source (and the status, which the files also give).
mapping="$work/mapping.json"
cat > "$mapping" << 'JSON'
{ "name": "bench-import", "version": 1, "format": "long-csv", "source": "Benchmark figures (bench/import.sh)", "status": "definitief" }
JSON

# --- Measuring -------------------------------------------------------------------------------------------------------
kib_of() { awk -v f="$2" '$1 == f ":" { print $2 }' "/proc/$1/status"; }
mib() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# Imports a file with the importer; "$1" names the run. Leaves its figures in $work/<name>.* and in import_* variables.
import_file() {
  local name=$1 file=$2 started ended status
  wait_until_quiet
  # Writing 5 to clear_refs resets the process's peak RSS (Linux 4.0 on), so VmHWM is this import's alone.
  if ! echo 5 > "/proc/$indicators_pid/clear_refs" 2> /dev/null; then
    echo "  (cannot reset the service's peak RSS: its figure is the peak since it started)"
  fi
  local service_before
  service_before=$(kib_of "$indicators_pid" VmRSS)
  echo "Importing $(basename "$file") ($(wc -c < "$file") bytes)..."
  started=$(now)
  set +e
  /usr/bin/time -v -o "$work/$name.time" "$importer" "$file" --format long-csv --mapping-file "$mapping" \
    --server "$indicators" > "$work/$name.out" 2> >(tee "$work/$name.err" | sed 's/^/  /' >&2)
  status=$?
  set -e
  ended=$(now)
  cat "$work/$name.out"
  [[ $status -eq 0 ]] || { echo "The import ($name) ended with exit code $status." >&2; exit 1; }
  import_seconds=$(seconds_between "$started" "$ended")
  import_written=$(awk '$1 == "written" { gsub(",", "", $2); print $2 }' "$work/$name.out")
  import_unchanged=$(awk '$1 == "unchanged" { gsub(",", "", $2); print $2 }' "$work/$name.out")
  import_rows=$(awk '$1 == "rows" && $2 == "read" { gsub(",", "", $3); print $3 }' "$work/$name.out")
  importer_peak_kib=$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/$name.time")
  service_peak_kib=$(kib_of "$indicators_pid" VmHWM)
  service_after_kib=$(kib_of "$indicators_pid" VmRSS)
  echo "  ${import_seconds} s; importer peak RSS $(mib "$importer_peak_kib") MiB; service RSS $(mib "$service_before") MiB before," \
    "peak $(mib "$service_peak_kib") MiB, $(mib "$service_after_kib") MiB after"
}

service_start_kib=$(kib_of "$indicators_pid" VmRSS)

import_file large "$large"
large_seconds=$import_seconds large_rows=$import_rows large_written=$import_written large_unchanged=$import_unchanged
large_importer_kib=$importer_peak_kib large_service_kib=$service_peak_kib
[[ "$large_rows" == "$rows" && "$large_written" == "$rows" ]] \
  || { echo "The first import read ${large_rows} rows and wrote ${large_written}, not ${rows}." >&2; exit 1; }
[[ "$(sql -c 'SELECT count(*) FROM observations WHERE indicator_code LIKE '"'bench-import-%'")" == "$rows" ]] \
  || { echo "The observations table does not hold the ${rows} imported rows." >&2; exit 1; }

import_file again "$large"
again_seconds=$import_seconds again_written=$import_written again_unchanged=$import_unchanged
again_importer_kib=$importer_peak_kib again_service_kib=$service_peak_kib
[[ "$again_written" == 0 && "$again_unchanged" == "$rows" ]] \
  || { echo "The second import wrote ${again_written} and left ${again_unchanged} unchanged, not 0 and ${rows}." >&2; exit 1; }

wait_until_quiet
echo "\\copy of the same file into a bare table..."
sql -c "DROP TABLE IF EXISTS bench_import_copy" \
  -c "CREATE TABLE bench_import_copy (indicator text, area text, period text, value text, status text)"
started=$(now)
sql -c "\\copy bench_import_copy FROM '${large}' WITH (FORMAT csv, HEADER true)" > "$work/copy.out"
ended=$(now)
copy_seconds=$(seconds_between "$started" "$ended")
copied=$(sql -c "SELECT count(*) FROM bench_import_copy")
[[ "$copied" == "$rows" ]] || { echo "\\copy loaded ${copied} rows, not ${rows}." >&2; exit 1; }
echo "  ${copy_seconds} s"
# The same with the observations table's two indexes (its primary key and the latest-values index): what keys cost.
echo "\\copy of the same file into a table with the observations' keys..."
sql -c "DROP TABLE IF EXISTS bench_import_keyed" \
  -c "CREATE TABLE bench_import_keyed (indicator text, area text, period text, value text, status text, PRIMARY KEY (indicator, area, period))" \
  -c "CREATE INDEX ON bench_import_keyed (area, indicator, period DESC)"
started=$(now)
sql -c "\\copy bench_import_keyed FROM '${large}' WITH (FORMAT csv, HEADER true)" > "$work/copy-keyed.out"
ended=$(now)
keyed_copy_seconds=$(seconds_between "$started" "$ended")
sql -c "DROP TABLE bench_import_keyed"
echo "  ${keyed_copy_seconds} s"

# Where the service's time goes, on the same server: its write phase alone, as the statements it runs once the file is
# staged (ObservationStaging.cs), timed with psql against a scratch table like observations (same keys and index).
wait_until_quiet
echo "The service's write phase alone, in SQL..."
sql > "$work/phases.out" << 'SQL'
\timing on
SET work_mem = '256MB';
CREATE TEMPORARY TABLE import_rows (
    line bigint NOT NULL, indicator_code text NOT NULL, area_code text NOT NULL, year integer NOT NULL,
    value double precision, status text NOT NULL, source text);
\echo phase stage
INSERT INTO import_rows
SELECT row_number() OVER (), indicator, area, left(period, 4)::integer, value::double precision, status, NULL
FROM bench_import_copy;
\echo phase duplicates
SELECT count(*) FROM (SELECT 1 FROM import_rows GROUP BY indicator_code, area_code, year HAVING count(*) > 1) AS d;
CREATE TABLE bench_import_upsert (LIKE observations INCLUDING ALL);
\echo phase insert
MERGE INTO bench_import_upsert o
USING (SELECT indicator_code, area_code, year, value, status, coalesce(source, 'benchmark') AS source FROM import_rows) s
   ON o.indicator_code = s.indicator_code AND o.area_code = s.area_code AND o.year = s.year
WHEN MATCHED AND (o.value, o.status, o.source) IS DISTINCT FROM (s.value, s.status, s.source) THEN
    UPDATE SET value = s.value, status = s.status, source = s.source
WHEN NOT MATCHED THEN
    INSERT (indicator_code, area_code, year, value, status, source)
    VALUES (s.indicator_code, s.area_code, s.year, s.value, s.status, s.source);
\echo phase unchanged
MERGE INTO bench_import_upsert o
USING (SELECT indicator_code, area_code, year, value, status, coalesce(source, 'benchmark') AS source FROM import_rows) s
   ON o.indicator_code = s.indicator_code AND o.area_code = s.area_code AND o.year = s.year
WHEN MATCHED AND (o.value, o.status, o.source) IS DISTINCT FROM (s.value, s.status, s.source) THEN
    UPDATE SET value = s.value, status = s.status, source = s.source
WHEN NOT MATCHED THEN
    INSERT (indicator_code, area_code, year, value, status, source)
    VALUES (s.indicator_code, s.area_code, s.year, s.value, s.status, s.source);
DROP TABLE bench_import_upsert;
SQL
# "phase NAME" then, after its statement, "Time: 1234.567 ms (00:01.235)".
phase_seconds() {
  awk -v p="$1" '$1 == "phase" { name = $2; next } $1 == "Time:" && name != "" { if (name == p) printf "%.2f", $2 / 1000; name = "" }' "$work/phases.out"
}
stage_seconds=$(phase_seconds stage)
duplicates_seconds=$(phase_seconds duplicates)
insert_seconds=$(phase_seconds insert)
unchanged_seconds=$(phase_seconds unchanged)
echo "  stage ${stage_seconds} s, duplicate check ${duplicates_seconds} s, MERGE of new rows ${insert_seconds} s, of unchanged rows ${unchanged_seconds} s"

import_file small "$small"
small_seconds=$import_seconds small_written=$import_written
small_importer_kib=$importer_peak_kib small_service_kib=$service_peak_kib
[[ "$small_written" == "$small_rows" ]] || { echo "The small import wrote ${small_written}, not ${small_rows}." >&2; exit 1; }
sql -c "DROP TABLE bench_import_copy"

# --- Results ---------------------------------------------------------------------------------------------------------
rate() { awk -v r="$1" -v s="$2" 'BEGIN { printf "%.0f", r / s }'; }
# 1234567 -> 1,234,567 (printf's %'d needs a locale the machine may not have).
n() { sed -E ':a; s/([0-9])([0-9]{3})($|[^0-9])/\1,\2\3/; ta' <<< "$1"; }
verdict() { if awk "BEGIN { exit !($1) }"; then echo "met"; else echo "NOT met"; fi; }
import_rate=$(rate "$rows" "$large_seconds")
copy_rate=$(rate "$rows" "$copy_seconds")
ratio=$(awk -v a="$import_rate" -v b="$copy_rate" 'BEGIN { printf "%.2f", a / b }')
worst_importer_mib=$(mib "$(printf '%s\n' "$large_importer_kib" "$again_importer_kib" "$small_importer_kib" | sort -n | tail -n 1)")

echo
echo "$(date -u +%F), $(nproc) cores; importer, suite and PostgreSQL on one machine; telemetry export off"
echo "Indicators service RSS when ready: $(mib "$service_start_kib") MiB."
echo
echo "| run | rows | seconds | rows/s | written | unchanged | importer peak RSS | service peak RSS |"
echo "|---|---:|---:|---:|---:|---:|---:|---:|"
row() { printf '| %s | %s | %s | %s | %s | %s | %s | %s |\n' "$1" "$(n "$2")" "$3" "$(n "$(rate "$2" "$3")")" "$(n "$4")" "$(n "$5")" "$6" "$7"; }
row "import, new figures" "$rows" "$large_seconds" "$large_written" "$large_unchanged" "$(mib "$large_importer_kib") MiB" "$(mib "$large_service_kib") MiB"
row "import, the same file again" "$rows" "$again_seconds" "$again_written" "$again_unchanged" "$(mib "$again_importer_kib") MiB" "$(mib "$again_service_kib") MiB"
row "import, small file (other values)" "$small_rows" "$small_seconds" "$small_written" 0 "$(mib "$small_importer_kib") MiB" "$(mib "$small_service_kib") MiB"
row "psql \\copy into a bare table" "$rows" "$copy_seconds" - - - -
row "psql \\copy into a table with the observations' keys" "$rows" "$keyed_copy_seconds" - - - -
row "SQL: duplicate check of the staged rows" "$rows" "$duplicates_seconds" - - - -
row "SQL: MERGE of new rows" "$rows" "$insert_seconds" - - - -
row "SQL: MERGE of unchanged rows" "$rows" "$unchanged_seconds" - - - -
echo
echo "Import rate is ${ratio} of \\copy's: target >= 0.5 $(verdict "$ratio >= 0.5")."
echo "Importer peak RSS is at most ${worst_importer_mib} MiB ($(mib "$small_importer_kib") MiB for ${small_rows} rows," \
  "$(mib "$large_importer_kib") MiB for ${rows}): target < 300 MB for any size $(verdict "$worst_importer_mib * 1048576 < 300000000")."
