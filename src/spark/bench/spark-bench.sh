#!/usr/bin/env bash
# The Spark job in local mode (target/civic-themes-spark-local, local[*]) on 1,000,000-request generated exports
# (one file per million, seeds 311, 312, ...), with a codebook and without, beside the desktop's analyze on the first
# million; elapsed time and peak resident memory from /usr/bin/time -v (src/bench/measure.sh), one run each.
# Meaning is off throughout: the generated exports hold 827,034 distinct texts per million, which the sentence model
# would read at about 1.2 ms of CPU each. Then the job's and the desktop's themes are compared request by request
# on the first million (CompareAssignments.java). Prints Markdown lines.
#
# Usage: src/spark/bench/spark-bench.sh WORKDIR "1 2 5"   (sizes in millions)
# Environment: CIVIC_THEMES_SPARK_MEMORY (the local JVM's heap, default 4g); SPARK_JOB, another copy of the local
# runner (beside its jar and spark/spark-classpath.txt), so a build can go on meanwhile; ONLY_CODEBOOK=1 leaves out
# the runs without a codebook; BURSTS, the number of themes of words that burst since the codebook (compared exactly,
# not as "fits none"; default 0); SKIP_DESKTOP=1 leaves out the desktop's
# runs and the comparison; CODEBOOK_TO=YYYY-MM-DD ends the codebook's period there (learned on the sample's requests
# up to that day: the later ones are "since" it and their bursting words are proposed); KEEP=1 keeps every output
# with the codebook (out-M-codebook), to open in the workbench.
# Needs: mvn -q verify -DskipTests (target/civic-themes, target/civic-themes-spark-local and their jars), /usr/bin/time.
set -euo pipefail
work=${1:?usage: spark-bench.sh WORKDIR SIZES}
sizes=${2:?usage: spark-bench.sh WORKDIR SIZES}
runs=1
here=$(cd "$(dirname "$0")/../../.." && pwd)
desktop="$here/target/civic-themes"
job="${SPARK_JOB:-$here/target/civic-themes-spark-local}"
# shellcheck source=../../bench/measure.sh
source "$here/src/bench/measure.sh"
mkdir -p "$work/exports"
codebook="$work/words.codebook.json"
if [ ! -f "$codebook" ]; then
  "$desktop" analyze "$here/sample-data/riverton-311-requests.xlsx" --out "$work/codebook-run" --meaning off \
    ${CODEBOOK_TO:+--to "$CODEBOOK_TO" --themes-from range} --save-codebook "$codebook" >&2
fi
next=$(grep -m1 '"nextId"' "$codebook" | tr -dc '0-9')
max=0
for m in $sizes; do (( m > max )) && max=$m; done
for ((i = 1; i <= max; i++)); do
  f="$work/exports/riverton-1m-seed$((310 + i)).csv"
  [ -f "$f" ] || "$desktop" generate-sample "$f" --rows 1000000 --seed $((310 + i)) >&2
done
echo "| requests | exports | run | seconds | peak MB |"
echo "|---:|---:|---|---:|---:|"
for m in $sizes; do
  set_dir="$work/set-$m"
  rm -rf "$set_dir" && mkdir -p "$set_dir"
  for ((i = 1; i <= m; i++)); do ln -s "$work/exports/riverton-1m-seed$((310 + i)).csv" "$set_dir/"; done
  rm -rf "$work/out-$m-codebook" "$work/out-$m-sample"
  read -r s mb < <(measure "$job" "$set_dir" --out "$work/out-$m-codebook" --codebook "$codebook")
  echo "| $((m * 1000000)) | $m | Spark local[*], with the codebook | $s | $mb |"
  if [ -z "${ONLY_CODEBOOK:-}" ]; then
    read -r s mb < <(measure "$job" "$set_dir" --out "$work/out-$m-sample" --meaning off)
    echo "| $((m * 1000000)) | $m | Spark local[*], themes found on a 20,000 sample | $s | $mb |"
  fi
  rm -rf "$work/out-$m-sample"
  [ "$m" -eq 1 ] || [ -n "${KEEP:-}" ] || rm -rf "$work/out-$m-codebook"
done
[ -z "${SKIP_DESKTOP:-}" ] || exit 0
first="$work/exports/riverton-1m-seed311.csv"
rm -rf "$work/desktop-codebook" "$work/desktop-found"
read -r s mb < <(measure "$desktop" analyze "$first" --out "$work/desktop-codebook" --codebook "$codebook" \
  --format none)
echo "| 1000000 | 1 | desktop analyze --codebook --format none | $s | $mb |"
rm -rf "$work/desktop-found-x"
read -r s mb < <(measure "$desktop" analyze "$first" --out "$work/desktop-found-x" --meaning off --format none)
echo "| 1000000 | 1 | desktop analyze --meaning off --format none | $s | $mb |"
rm -rf "$work/desktop-found-x" "$work/desktop-codebook"
"$desktop" analyze "$first" --out "$work/desktop-codebook" --codebook "$codebook" --format none >/dev/null 2>&1
opens=$(sed -n '/^opens="/,/"$/p' "$here/src/spark/dist/civic-themes-spark-local" | tr -d '"' | sed 's/^opens=//' | tr '\n' ' ')
# shellcheck disable=SC2086
java $opens -Xmx3g -Dspark.log.level=WARN \
  -cp "$here/target/civic-themes-spark.jar:$(cat "$here/target/spark/spark-classpath.txt")" \
  "$here/src/spark/bench/CompareAssignments.java" "$work/out-1-codebook" "$work/desktop-codebook/assignments.csv" \
  "$next" "${BURSTS:-0}" 2>/dev/null | grep '^requests'
