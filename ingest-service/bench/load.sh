#!/bin/sh
# Load test of POST /v1/articles beside a bare Kafka producer, in one run on one real broker.
# Starts an in-JVM KRaft broker and the packaged ingest-service (its own JVM), warms both up, then
# measures accepted items/s, p50/p99 and CPU per item for: HTTP keep-alive clients, a bare acks=all
# idempotent producer with the same number of senders each awaiting its ack (own JVM with Kafka's
# default 5 requests in flight and with ingest's 1; broker's JVM), the HTTP phase again, and the same
# producer as an asynchronous batching pipeline.
# Needs only a JDK 21+ and the Maven wrapper (no Docker).
# Usage (from anywhere; JAVA_HOME set): ingest-service/bench/load.sh [concurrency] [seconds]
#   env: WARMUP (s per phase, default 5), HTTP_WARMUP_ITEMS (HTTP requests before anything is
#        measured, default 30000: the JIT needs that many) capped by HTTP_WARMUP (s, default 90),
#        INGEST_JAVA_OPTS (default "-Xms256m -Xmx512m"),
#        PROFILE=1 records a JFR of ingest-service (file named at the end),
#        INGEST_JAR=<path> measures another build of ingest-service with this load generator.
set -e
cd "$(dirname "$0")/../.."
CONCURRENCY="${1:-8}"
SECONDS_PER_PHASE="${2:-15}"
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"
./mvnw -q -o -pl ingest-service -am package -DskipTests
./mvnw -q -o -pl ingest-service test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/bench.classpath)"
OPTS="${INGEST_JAVA_OPTS:--Xms256m -Xmx512m}"
if [ "${PROFILE:-0}" = 1 ]; then
  JFR="$(pwd)/ingest-service/target/load-ingest.jfr"
  OPTS="$OPTS -XX:StartFlightRecording=filename=$JFR,settings=profile"
  echo "JFR of ingest-service -> $JFR (after the run: jfr print --events jdk.ExecutionSample $JFR)"
fi
echo "load before the run: $(uptime)"
"$JAVA" -Xmx1g -cp "$CP" \
  -Dconcurrency="$CONCURRENCY" -Dseconds="$SECONDS_PER_PHASE" -Dwarmup="${WARMUP:-5}" -DhttpWarmup="${HTTP_WARMUP:-90}" -DhttpWarmupItems="${HTTP_WARMUP_ITEMS:-30000}" \
  -DingestJavaOpts="$OPTS" \
  -Dpayload=ingest-service/src/test/resources/samples/nordwire-2024-03-14-arctic-cod-quota.ninjs.json \
  io.wirestream.ingest.bench.LoadBenchmark "${INGEST_JAR:-ingest-service/target/ingest-service.jar}"
echo "load after the run: $(uptime)"
