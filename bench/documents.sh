#!/usr/bin/env bash
# The annual report of a year with 100 measures, 40 indicators and 50 areas as DOCX and as PDF (seconds, peak memory),
# and the CSV export of observations at growing sizes (rows per second, peak memory). Prints Markdown tables.
# Usage: bench/documents.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Nplv.Benchmarks -c Release --nologo -v q -p:SkipWebBuild=true
run() { dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- documents "$@"; }
echo "| format | report | seconds | of which layout and charts | peak working set MiB | file MiB |"
echo "|---|---|---:|---:|---:|---:|"
run report docx
run report pdf
echo
echo "| rows | seconds | rows/s | CSV MiB | peak working set MiB | allocated MiB |"
echo "|---:|---:|---:|---:|---:|---:|"
for rows in 100000 1000000 3000000; do run csv "$rows"; done
