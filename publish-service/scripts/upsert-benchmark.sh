#!/usr/bin/env bash
# Upsert throughput of publish's ArticleWriter beside a bare JDBC batch insert of the same rows,
# in one run against one PostgreSQL (WIRESTREAM_TEST_JDBC_URL/_USER/_PASSWORD, else an embedded one
# under publish-service/target/). Usage: publish-service/scripts/upsert-benchmark.sh [articles] [batch] [short|wire] [rounds]
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
: "${JAVA_HOME:?set JAVA_HOME to a JDK 21+}"
./mvnw -q -o -pl publish-service test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench-classpath.txt -Dmdep.includeScope=test
cd publish-service
exec "$JAVA_HOME/bin/java" -cp "target/test-classes:target/classes:$(cat target/bench-classpath.txt)" \
  io.wirestream.publish.store.UpsertBenchmark "$@"
