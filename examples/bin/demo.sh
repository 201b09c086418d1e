#!/bin/sh
# Runs the demo in the foreground: creates /tmp/supervise-demo (where the
# demo programs and the server write) and starts supervisord on
# examples/supervisord.conf. Stop it with Ctrl-C or `supervise shutdown`.
# The supervisord used: $SUPERVISORD, else build/supervisord of this
# checkout, else the first one on PATH.
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p /tmp/supervise-demo || exit 1
server=${SUPERVISORD:-}
if [ -z "$server" ] && [ -x "$here/../build/supervisord" ]; then
    server=$here/../build/supervisord
fi
server=${server:-supervisord}
echo "demo: $server -n -c $here/supervisord.conf (output in /tmp/supervise-demo)"
exec "$server" -n -c "$here/supervisord.conf"
