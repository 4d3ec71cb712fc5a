#!/bin/sh
# Dedupe at scale with JMH: fills the state with ARTICLES synthetic wire articles (default 1,000,000;
# no data files needed), prints state bytes per article, then samples the latency (p50/p99) of one
# more article through the index alone (lookupAndInsert), the whole engine (decide) or the
# fingerprint alone (fingerprint); the measured articles include the real texts of the dedupe
# evaluation set where ../shared is present. Each benchmark method fills anew: pick with BENCH.
# Usage (from the repository root, JAVA_HOME set to a JDK 21+): enrich-service/bench/dedupe.sh
# Options: ARTICLES, BENCH (default lookupAndInsert; "decide|fingerprint|lookupAndInsert" for all),
# HEAP (default 6g), JMH_OPTS (default: 1 fork, 1 x 3 s warm-up, 5 x 2 s measurement).
# Run it with nothing else building in this worktree: a JMH fork dies when target/classes change under it.
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -o -pl enrich-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="enrich-service/target/test-classes:enrich-service/target/classes:$(cat enrich-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" -cp "$CP" org.openjdk.jmh.Main "DedupeIndexBenchmark.(${BENCH:-lookupAndInsert})\$" -p articles="${ARTICLES:-1000000}" \
  -jvmArgs "-Xmx${HEAP:-6g} -Xms${HEAP:-6g}" ${JMH_OPTS:--f 1 -wi 1 -w 3s -i 5 -r 2s -t 1}
