#!/usr/bin/env bash
# Import benchmark: whole-process `civic-themes analyze` (import + import-report.json) on generated exports,
# beside pandas reading the same files (what a Python analyst's script does first), with elapsed time and
# peak resident memory from /usr/bin/time -v. Prints a Markdown table.
#
# Usage: src/bench/import-bench.sh WORKDIR [RUNS] [HEAP]
#   WORKDIR  folder for the generated files (created; files already there are reused)
#   RUNS     runs per measurement, the median is reported (default 3)
#   HEAP     -Xmx for civic-themes (default 1g: the issue's budget for a 1,000,000-row sheet)
# Needs: target/civic-themes.jar (mvn -q package -DskipTests), /usr/bin/time, and for the Python column
# /usr/bin/python3 with pandas and openpyxl (Debian: python3-pandas python3-openpyxl).
set -euo pipefail
work=${1:?usage: import-bench.sh WORKDIR [RUNS] [HEAP]}
runs=${2:-3}
heap=${3:-1g}
here=$(cd "$(dirname "$0")/../.." && pwd)
jar="${CIVIC_JAR:-$here/target/civic-themes.jar}"
[ -f "$jar" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
if ! /usr/bin/python3 -c "import pandas, openpyxl" 2>/dev/null; then
  echo "needs /usr/bin/python3 with pandas and openpyxl (Debian: apt-get install python3-pandas python3-openpyxl)" >&2
  exit 2
fi
mkdir -p "$work"

for n in 200000 1000000; do
  for ext in csv xlsx; do
    f="$work/riverton-$n.$ext"
    [ -f "$f" ] || java -Xmx512m -jar "$jar" generate-sample "$f" --rows "$n" >&2
  done
done

# shellcheck source=measure.sh
source "$(dirname "$0")/measure.sh"

pandas_read() {
  case "$1" in
    *.csv) echo "import pandas as pd; pd.read_csv('$1', dtype=str)" ;;
    *.xlsx) echo "import pandas as pd; pd.read_excel('$1', header=3)" ;;
  esac
}

echo "| file | rows | civic-themes analyze (-Xmx$heap) | peak RSS | pandas read | peak RSS | pandas time / ours |"
echo "|---|---|---|---|---|---|---|"
for n in 200000 1000000; do
  for ext in csv xlsx; do
    f="$work/riverton-$n.$ext"
    read -r jt jm < <(measure java -Xmx"$heap" -jar "$jar" analyze "$f" --only-import --out "$work/out-$n-$ext")
    if [ "$ext" = xlsx ] && [ "$n" = 1000000 ] && [ -z "${PANDAS_BIG_XLSX:-}" ]; then
      pt="-"; pm="-"; ratio="-"
    else
      read -r pt pm < <(measure /usr/bin/python3 -c "$(pandas_read "$f")")
      ratio=$(awk -v a="$pt" -v b="$jt" 'BEGIN { printf "%.2f", a / b }')
      pt="${pt} s"; pm="${pm} MB"
    fi
    printf '| %s | %s | %s s | %s MB | %s | %s | %s |\n' "$(basename "$f")" "$n" "$jt" "$jm" "$pt" "$pm" "$ratio"
  done
done
