#!/bin/sh
# Parser throughput (documents/s per format, detection included) with JMH on the module's own samples.
# Usage (from the repository root, JAVA_HOME set to a JDK 21+): ingest-service/bench/parsers.sh [JMH options]
# Default: 1 fork, 2 x 1 s warm-up, 3 x 2 s measurement; options replace all of these, e.g.
# "-f 2 -wi 3 -w 1s -i 5 -r 2s" for steadier numbers.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -o -pl ingest-service test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="ingest-service/target/test-classes:ingest-service/target/classes:$(cat ingest-service/target/bench.classpath)"
# -Djmh.ignoreLock: other benchmarks on a shared machine hold /tmp/jmh.lock; this run needs no lock of its own.
# Options given replace the defaults as a whole (JMH refuses an option given twice).
if [ $# -eq 0 ]; then
  set -- -f 1 -wi 2 -w 1s -i 3 -r 2s
fi
exec "$JAVA_HOME/bin/java" -Djmh.ignoreLock=true -cp "$CP" org.openjdk.jmh.Main ParserBenchmark "$@"
