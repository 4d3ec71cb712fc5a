#!/usr/bin/env bash
# Extraction throughput (JMH, one thread): Wirestream vs Readability4J vs bare jsoup parse, over the
# benchmark pages in ../shared/benchmarks/extraction-zyte/html. Run from the repository root with a
# JDK 21+ in JAVA_HOME. Takes about two minutes.
set -euo pipefail
cd "$(dirname "$0")/../../../../.."
# -am: build contract from this checkout, not whatever older jar sits in ~/.m2
./mvnw -q -o -pl enrich-service -am test-compile dependency:build-classpath \
  -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cd enrich-service
"$JAVA_HOME/bin/java" -Dwirestream.pages="$(cd ../../shared/benchmarks/extraction-zyte/html && pwd)" \
  -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  io.wirestream.enrich.extract.bench.ExtractionThroughput "$@"
