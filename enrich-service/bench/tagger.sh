#!/bin/sh
# Tagging time per article (microseconds, average over the 181 extraction-benchmark bodies) with JMH.
# Usage (from the repository root, JAVA_HOME set to a JDK 21+, ../shared present): enrich-service/bench/tagger.sh
# Options: JMH_OPTS (default: 1 fork, 2 x 2 s warm-up, 5 x 3 s measurement, one thread).
set -e
cd "$(dirname "$0")/../.."
# -am: build contract etc. from this checkout, not whatever version sits in ~/.m2
./mvnw -q -o -pl enrich-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="enrich-service/target/test-classes:enrich-service/target/classes:$(cat enrich-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -Dwirestream.shared="$(pwd)/../shared" -cp "$CP" org.openjdk.jmh.Main TaggerBenchmark \
  ${JMH_OPTS:--f 1 -wi 2 -w 2s -i 5 -r 3s -t 1}
