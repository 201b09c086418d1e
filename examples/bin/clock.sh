#!/bin/sh
# Demo program: appends the date to a file every few seconds.
# Usage: clock.sh FILE [SECONDS]
out=${1:-/tmp/supervise-demo/clock.txt}
every=${2:-2}
mkdir -p "$(dirname "$out")"
nap=
trap 'echo "clock: stopping"; [ -n "$nap" ] && kill "$nap" 2>/dev/null; exit 0' TERM INT
echo "clock: writing to $out every ${every}s (pid $$)"
while :; do
    date '+%Y-%m-%d %H:%M:%S' >> "$out"
    sleep "$every" &
    nap=$!
    wait "$nap"
done
