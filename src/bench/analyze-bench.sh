#!/usr/bin/env bash
# Whole-process benchmark: `civic-themes analyze` (import, text preparation, themes, writing) beside
# ../shared/tools/sk_pipeline.py (pandas + scikit-learn TF-IDF + k-means, what a Python analyst would run)
# on the same generated exports, k = 20, with elapsed time and peak resident memory from /usr/bin/time -v.
# The summary exports (summary.xlsx, requests.csv, themes.csv, report.html) are left out with --format none:
# sk_pipeline.py writes only its themes and assignments, and analyze still writes the time views beside them.
# Prints a Markdown table.
#
# Usage: src/bench/analyze-bench.sh WORKDIR SK_PIPELINE [RUNS] [HEAP]
#   WORKDIR      folder for the generated files (created; files already there are reused)
#   SK_PIPELINE  path to sk_pipeline.py (in this project's workplace: ../shared/tools/sk_pipeline.py)
#   RUNS         turns per file (each runs both pipelines once), medians are reported (default 3)
#   HEAP         -Xmx for civic-themes (default 2g: the issue's budget for 1,000,000 rows)
# civic-themes runs through its launcher, target/civic-themes, as an analyst runs it (JVM settings for commands:
# docs/decisions/0011-launcher-jvm-settings.md); -Xmx goes in through CIVIC_THEMES_JAVA_OPTS.
# Needs: target/civic-themes and target/civic-themes.jar (mvn -q package -DskipTests), /usr/bin/time, /usr/bin/python3 with pandas,
# openpyxl and scikit-learn (Debian: python3-pandas python3-openpyxl python3-sklearn).
set -euo pipefail
work=${1:?usage: analyze-bench.sh WORKDIR SK_PIPELINE [RUNS] [HEAP]}
sk=${2:?usage: analyze-bench.sh WORKDIR SK_PIPELINE [RUNS] [HEAP]}
runs=${3:-3}
heap=${4:-2g}
k=20
here=$(cd "$(dirname "$0")/../.." && pwd)
launcher="${CIVIC_LAUNCHER:-$here/target/civic-themes}"
[ -x "$launcher" ] || { echo "build first: mvn -q package -DskipTests" >&2; exit 2; }
[ -f "$sk" ] || { echo "no sk_pipeline.py at $sk" >&2; exit 2; }
if ! /usr/bin/python3 -c "import pandas, openpyxl, sklearn" 2>/dev/null; then
  echo "needs /usr/bin/python3 with pandas, openpyxl and scikit-learn (Debian: apt-get install python3-pandas" \
       "python3-openpyxl python3-sklearn)" >&2
  exit 2
fi
mkdir -p "$work"

files=("riverton-20000.xlsx" "riverton-20000.csv" "riverton-200000.csv" "riverton-1000000.csv")
for name in "${files[@]}"; do
  n=${name#riverton-}; n=${n%%.*}
  [ -f "$work/$name" ] || "$launcher" generate-sample "$work/$name" --rows "$n" >&2
done
# pandas reads the header of the .xlsx from its first row; give it a copy without the title lines
if [ ! -f "$work/riverton-20000-plain.xlsx" ]; then
  /usr/bin/python3 -c "import pandas as pd; pd.read_excel('$work/riverton-20000.xlsx', header=3).to_excel('$work/riverton-20000-plain.xlsx', index=False)"
fi

# shellcheck source=measure.sh
source "$(dirname "$0")/measure.sh"

# The two pipelines run in turns (ours, Python, ours, Python, ...): on a shared or virtual machine the speed drifts by
# tens of percent within minutes, and turns put both under the same drift. The ratio column is the median of the
# per-turn ratios; times are medians, memory the largest peak.
echo "| file | rows | civic-themes analyze --k $k (launcher, -Xmx$heap) | peak RSS | sk_pipeline.py | peak RSS | sklearn time / ours | memory ours / sklearn |"
echo "|---|---|---|---|---|---|---|---|"
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
for name in "${files[@]}"; do
  f="$work/$name"
  n=${name#riverton-}; n=${n%%.*}
  skf=$f
  [ "$name" = riverton-20000.xlsx ] && skf="$work/riverton-20000-plain.xlsx"
  jts=() pts=() ratios=() jm=0 pm=0
  for ((turn = 0; turn < runs; turn++)); do
    read -r jt m < <(runs=1 CIVIC_THEMES_JAVA_OPTS="-Xmx$heap" measure "$launcher" analyze "$f" --k "$k" --format none \
      --out "$work/out-java-$name")
    (( m > jm )) && jm=$m
    read -r pt m < <(runs=1 measure /usr/bin/python3 "$sk" "$skf" Description "$k" "$work/out-sk-$name")
    (( m > pm )) && pm=$m
    jts+=("$jt") pts+=("$pt") ratios+=("$(awk -v a="$pt" -v b="$jt" 'BEGIN { printf "%.3f", a / b }')")
  done
  printf '| %s | %s | %s s | %s MB | %s s | %s MB | %s | %s |\n' "$name" "$n" \
    "$(printf '%s\n' "${jts[@]}" | median)" "$jm" "$(printf '%s\n' "${pts[@]}" | median)" "$pm" \
    "$(printf '%s\n' "${ratios[@]}" | median | awk '{ printf "%.2f", $1 }')" \
    "$(awk -v a="$jm" -v b="$pm" 'BEGIN { printf "%.2f", a / b }')"
done
