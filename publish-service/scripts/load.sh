#!/usr/bin/env bash
# HTTP load of publish-service beside the ceiling, in one run: publish-service on an embedded
# PostgreSQL + in-JVM Kafka, filled with ARTICLES articles through the real store; then wrk measures
#   1. the Atom feed (/feeds/latest.atom), 2. the API (/v1/articles), 3. conditional GETs of the
#   feed (If-None-Match -> 304), 4. the same feed bytes as a static file served by nginx (the ceiling),
#   5. the feed at a paced ~RATE requests/s (wrk Lua delay: wrk2 is not in Debian) for p99.
# Usage: publish-service/scripts/load.sh [articles=2000] [duration=15s] [connections=16] [rate=200]
set -euo pipefail
articles="${1:-2000}"; duration="${2:-15s}"; connections="${3:-16}"; rate="${4:-200}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
for tool in wrk nginx; do
  if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
    echo "installing $tool from Debian" >&2
    apt-get install -y "$tool" >/dev/null || sudo apt-get install -y "$tool" >/dev/null
  fi
done
nginx_bin="$(command -v nginx || echo /usr/sbin/nginx)"
work="$root/publish-service/target/load"
rm -rf "$work"; mkdir -p "$work/www" "$work/nginx"
cd "$root"
./mvnw -q -o -pl publish-service test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd publish-service

pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; }
trap cleanup EXIT

"$JAVA_HOME/bin/java" -Xmx512m -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.wirestream.publish.load.LoadServer "$articles" "$work/port" >"$work/server.log" 2>&1 &
pids+=($!)
for _ in $(seq 1 300); do [ -s "$work/port" ] && break; sleep 1; done
[ -s "$work/port" ] || { echo "publish-service did not start; see $work/server.log" >&2; exit 1; }
port="$(cat "$work/port")"; base="http://127.0.0.1:$port"

# The ceiling: the very bytes of the feed, as a file, from nginx.
curl -sf -D "$work/feed.headers" -o "$work/www/latest.atom" "$base/feeds/latest.atom"
etag="$(grep -i '^etag:' "$work/feed.headers" | sed 's/^[^:]*: *//' | tr -d '\r')"
static_port=$((port + 1))
cat >"$work/nginx/nginx.conf" <<CONF
worker_processes 1;
daemon off;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/atom+xml atom; }
  server { listen 127.0.0.1:$static_port; root $work/www; }
}
CONF
"$nginx_bin" -c "$work/nginx/nginx.conf" -p "$work/nginx" &
pids+=($!)
sleep 1
curl -sf -o /dev/null "http://127.0.0.1:$static_port/latest.atom"

cat >"$work/conditional.lua" <<LUA
wrk.headers["If-None-Match"] = '$etag'
LUA
# Paced load: each connection waits so that all of them together send about \$rate requests/s.
cat >"$work/paced.lua" <<LUA
local pause = $connections * 1000 / $rate
function delay() return pause end
LUA

run() { # name, wrk arguments...
  local name="$1"; shift
  wrk --latency "$@" >"$work/$name.txt"
  local rps p50 p99 codes
  rps="$(awk '/^Requests\/sec/ {print $2}' "$work/$name.txt")"
  p50="$(awk '$1=="50%" {print $2}' "$work/$name.txt")"
  p99="$(awk '$1=="99%" {print $2}' "$work/$name.txt")"
  codes="$(grep -c 'Non-2xx' "$work/$name.txt" || true)"
  printf '%-28s %10s req/s   p50 %8s   p99 %8s%s\n' "$name" "$rps" "$p50" "$p99" \
    "$([ "$codes" != 0 ] && grep 'Non-2xx' "$work/$name.txt" | sed 's/^ */   /')"
  echo "$rps" >"$work/$name.rps"
}

# Warm-up (JIT, connection pool), then the measured runs, all in this one run.
wrk -t2 -c"$connections" -d5s "$base/feeds/latest.atom" >/dev/null
wrk -t2 -c"$connections" -d5s "$base/v1/articles" >/dev/null
echo "load before: $(uptime)"
echo "articles=$articles duration=$duration connections=$connections feed bytes=$(wc -c <"$work/www/latest.atom")"
run static-nginx -t2 -c"$connections" -d"$duration" "http://127.0.0.1:$static_port/latest.atom"
run feed-atom -t2 -c"$connections" -d"$duration" "$base/feeds/latest.atom"
run feed-304 -t2 -c"$connections" -d"$duration" -s "$work/conditional.lua" "$base/feeds/latest.atom"
run api-articles -t2 -c"$connections" -d"$duration" "$base/v1/articles"
run "feed-paced-${rate}rps" -t2 -c"$connections" -d"$duration" -s "$work/paced.lua" "$base/feeds/latest.atom"
echo "load after: $(uptime)"
awk -v s="$(cat "$work/static-nginx.rps")" -v f="$(cat "$work/feed-atom.rps")" \
    -v n="$(cat "$work/feed-304.rps")" 'BEGIN {
  printf "feed/static: %.0f%% (target >= 30%%)   304/static: %.0f%% (target >= 60%%)\n", 100*f/s, 100*n/s }'
echo "304 check: $(curl -s -o /dev/null -w '%{http_code}' -H "If-None-Match: $etag" "$base/feeds/latest.atom")"
echo "wrk outputs: $work/*.txt"
# The live feeds of the loaded service, read by clients no one here wrote.
"$root/publish-service/scripts/check-feeds.sh" "$base"
