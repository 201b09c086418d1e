#!/bin/sh
# Demo program: pretends to process a job every few seconds and reports it.
# Usage: worker.sh NUMBER   (DEMO_OUT names the output directory)
n=${1:-0}
dir=${DEMO_OUT:-/tmp/supervise-demo}
mkdir -p "$dir"
jobs=0
nap=
trap 'echo "worker $n: done after $jobs jobs"; [ -n "$nap" ] && kill "$nap" 2>/dev/null; exit 0' TERM INT
echo "worker $n: started as ${DEMO_ROLE:-worker} (pid $$)"
while :; do
    jobs=$((jobs + 1))
    echo "worker $n: job $jobs"
    echo "$(date '+%H:%M:%S') worker $n job $jobs" >> "$dir/jobs.txt"
    sleep 3 &
    nap=$!
    wait "$nap"
done
