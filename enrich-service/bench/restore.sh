#!/bin/sh
# Restore time of the dedupe stores from their changelogs (DedupeRestoreBenchmark): ARTICLES synthetic
# wire articles (default 100,000) go through the real topology on an in-JVM KRaft broker, then a
# fresh instance with an empty state folder is timed to RUNNING, to the end of the restore and to
# its first verdict; prints changelog bytes per article per store. Needs no data files; the broker's
# logs go to the temp folder (about 20 KB per article, most of it dedupe-pending and event-postings).
# Usage (from the repository root, JAVA_HOME set to a JDK 21+): enrich-service/bench/restore.sh
# Options: ARTICLES, HEAP (default 3g).
set -e
cd "$(dirname "$0")/../.."
./mvnw -q -o -pl enrich-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="enrich-service/target/test-classes:enrich-service/target/classes:$(cat enrich-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" "-Xmx${HEAP:-3g}" -Darticles="${ARTICLES:-100000}" -cp "$CP" io.wirestream.enrich.stream.DedupeRestoreBenchmark
