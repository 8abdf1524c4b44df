#!/usr/bin/env bash
# Read benchmark over real gRPC channels: 1,000,000 observations and 1,000 partners in a throw-away PostgreSQL,
# then GetSeries, GetLatestValues and BatchGetPartners from 1 and 8 callers. Prints a Markdown table.
# Usage: bench/grpc-reads.sh [seconds per run, default 15]
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build bench/Nplv.Benchmarks -c Release --nologo -v q
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- "${1:-15}"
