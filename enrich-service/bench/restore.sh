#!/bin/sh
# Restore time of the dedupe stores from their changelogs (DedupeRestoreBenchmark): the changelogs of
# ARTICLES synthetic wire articles (default 100,000) are written on an in-JVM KRaft broker, then a
# fresh instance with an empty state folder is timed to RUNNING, to the end of the restore and to
# its first verdict; prints changelog bytes per article per store and the restored instance's memory.
# Needs no data files; the broker's logs go to the temp folder (about 17 KB per article, most of it
# dedupe-pending and event-postings; with COMPACTED=true about 1 KB more).
# Usage (from the repository root, JAVA_HOME set to a JDK 21+): enrich-service/bench/restore.sh [--direct]
#   (default)  the articles go through the real topology (30-110 articles/s on the shared 2-core machine)
#   --direct   DirectFill writes the records the topology would write, in process (DirectFillIT checks it)
# Options: ARTICLES, HEAP (default 3g; 8g for a million direct). --direct only: COMPACTED=true also times a
# replacement of an application whose changelogs hold only the live entries, as after compaction;
# PENDING_TAIL=N writes analysed drafts to dedupe-pending for the last N articles only, EVENT_TAIL=N runs the
# event linker for the last N articles only (both default to all; see docs/dedupe.md, "Restore").
set -e
cd "$(dirname "$0")/../.."
FILL=topology
if [ "$1" = "--direct" ]; then FILL=direct; fi
./mvnw -q -o -pl enrich-service -am test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath
CP="enrich-service/target/test-classes:enrich-service/target/classes:$(cat enrich-service/target/bench.classpath)"
exec "$JAVA_HOME/bin/java" "-Xmx${HEAP:-3g}" -Darticles="${ARTICLES:-100000}" -Dfill="$FILL" -Dcompacted="${COMPACTED:-false}" \
  -DpendingTail="${PENDING_TAIL:-2147483647}" -DeventTail="${EVENT_TAIL:-2147483647}" \
  -cp "$CP" io.wirestream.enrich.stream.DedupeRestoreBenchmark
