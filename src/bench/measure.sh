# Sourced by the benchmark scripts. measure CMD...: runs CMD $runs times, prints "median_seconds max_rss_mb"
# (wall time and peak resident memory from /usr/bin/time -v); stops the benchmark if CMD fails.
measure() {
  local times=() rss=0 report el kb
  report=$(mktemp)
  for ((i = 0; i < runs; i++)); do
    if ! /usr/bin/time -v -o "$report" "$@" >/dev/null 2>"$report.err"; then
      echo "benchmark command failed: $*" >&2
      cat "$report.err" >&2
      kill -TERM $$
      exit 1
    fi
    el=$(awk -F': ' '/Elapsed/ {print $2}' "$report" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
    kb=$(awk -F': ' '/Maximum resident/ {print $2}' "$report")
    times+=("$el")
    if (( kb > rss )); then rss=$kb; fi
  done
  rm -f "$report" "$report.err"
  printf '%s\n' "${times[@]}" | sort -g | awk -v mb=$((rss / 1024)) '{a[NR]=$1} END {print a[int((NR+1)/2)], mb}'
}
