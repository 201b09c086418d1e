#!/bin/sh
# Demo program: runs for 20 to 40 seconds, then fails with exit status 1,
# so that the supervisor's restart policy can be watched at work.
dir=/tmp/supervise-demo
mkdir -p "$dir"
# A pseudo-random lifetime from the pid and the clock (plain POSIX sh).
life=$(( 20 + ($$ + $(date +%S | sed 's/^0//')) % 21 ))
nap=
trap 'echo "crashy: stopped"; [ -n "$nap" ] && kill "$nap" 2>/dev/null; exit 0' TERM INT
echo "crashy: will fail in ${life}s (pid $$)"
sleep "$life" &
nap=$!
wait "$nap"
echo "crashy: failing now" >&2
exit 1
