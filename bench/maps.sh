#!/usr/bin/env bash
# Maps benchmark: the kaart as served and the time to the first map.
# Starts the whole suite with the app host (Release; a throw-away PostgreSQL in a temporary folder, telemetry export
# off) reading third-party StatLine tables from a local stand-in that serves RIVM's real 50090NED (from ../shared);
# imports from it Groningen's wijken and buurten and the 65+ health figures, then through the gateway a kaart of those
# areas made as detailed as CBS draws them (a vertex every 2 m along every border, RD New); prints the buurt outlines
# of that division as served (bytes plain, gzip and Brotli, vertices before and after simplification), and times in
# headless Chromium, from navigation to the first drawn map, the page of "eenzaam-65plus" with an empty cache and
# with the browser's cache (bench/Nplv.Benchmarks, "maps").
# Usage: bench/maps.sh [runs, default 5] [vertex spacing in metres, default 2]
# NPLV_CHROMIUM names the Chromium binary (default Debian's). NPLV_BENCH_LOGS=DIR keeps the run's outputs in DIR.
# Installs PostgreSQL, curl and Chromium with apt-get when they are missing. Stops everything it started and
# deletes its temporary folder when it ends, fails or is interrupted.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-5}
spacing=${2:-2}
gateway=http://localhost:5080
chromium=${NPLV_CHROMIUM:-/usr/lib/chromium/chromium}

[[ "$runs" =~ ^[0-9]+$ && "$runs" -gt 0 && "$spacing" =~ ^[0-9]+(\.[0-9]+)?$ ]] || { grep '^# Usage' "$0" | sed 's/^# //'; exit 2; }

# --- Tools -----------------------------------------------------------------------------------------------------------
missing=()
compgen -G "/usr/lib/postgresql/*/bin/postgres" > /dev/null || missing+=(postgresql)
command -v curl > /dev/null || missing+=(curl)
[[ -x "$chromium" ]] || missing+=(chromium)
source bench/packages.sh
install_missing "${missing[@]}"

# --- Start and stop --------------------------------------------------------------------------------------------------
run_name=maps
source bench/suite.sh
build_release
# The stand-in's port is chosen first: the service reads its address from its settings when it starts; the benchmark
# program starts the stand-in on it.
statline_port=$(free_port)
start_suite OTEL_SDK_DISABLED=true "StatLine__CbsThirdParty=http://127.0.0.1:${statline_port}/dataderden/ODataApi/odata/"

# --- Measuring -------------------------------------------------------------------------------------------------------
wait_until_quiet
dotnet run --project bench/Nplv.Benchmarks -c Release --no-build -- maps --gateway "$gateway" --statline-port "$statline_port" \
  --chromium "$chromium" --runs "$runs" --spacing "$spacing"
