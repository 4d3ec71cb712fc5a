#!/usr/bin/env bash
# Checks the feeds publish-service wrote with tools no one here wrote:
#   - xmllint (Debian libxml2-utils) for XML well-formedness of every Atom and RSS sample,
#   - Debian's newsboat (a feed reader) reading every Atom and RSS sample from a file:// URL: it
#     must list as many articles as the feed has entries, under the feed's own title,
#   - python3's json module for JSON Feed 1.1's required members.
# (No Debian or npm package ships the RFC 4287 RELAX NG schema, so schema validation is not done.)
# The samples are written by FeedFormatsIT into publish-service/target/feed-samples/ during
# `./mvnw verify`; or pass a base URL of a running publish-service to fetch live feeds instead:
#   publish-service/scripts/check-feeds.sh                       # samples from the last verify
#   publish-service/scripts/check-feeds.sh http://127.0.0.1:8083 # live feeds
set -euo pipefail

here="$(cd "$(dirname "$0")/.." && pwd)"
samples="$here/target/feed-samples"

if ! command -v xmllint >/dev/null 2>&1; then
  echo "installing xmllint (libxml2-utils) from the distribution"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -q libxml2-utils >/dev/null
fi

if ! command -v newsboat >/dev/null 2>&1 || ! command -v sqlite3 >/dev/null 2>&1; then
  echo "installing newsboat and sqlite3 from the distribution"
  if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
  $sudo apt-get install -y -q newsboat sqlite3 >/dev/null
fi

if [ $# -ge 1 ]; then
  base="${1%/}"
  samples="$(mktemp -d)"
  for ext in atom rss json; do
    curl -fsS "$base/feeds/latest.$ext" -o "$samples/latest.$ext"
  done
fi

shopt -s nullglob
xml=("$samples"/*.atom "$samples"/*.rss)
json=("$samples"/*.json)
if [ ${#xml[@]} -eq 0 ] || [ ${#json[@]} -eq 0 ]; then
  echo "no feed samples in $samples; run ./mvnw -pl publish-service verify first, or pass a base URL" >&2
  exit 2
fi

failed=0
for file in "${xml[@]}"; do
  if xmllint --noout --nonet "$file"; then
    echo "well-formed: $(basename "$file")"
  else
    echo "NOT well-formed: $file" >&2
    failed=1
  fi
done
# Root elements as the formats require them.
for file in "$samples"/*.atom; do
  xmllint --noout --nonet --xpath "/*[local-name()='feed' and namespace-uri()='http://www.w3.org/2005/Atom']" \
    "$file" >/dev/null 2>&1 || { echo "no Atom feed root: $file" >&2; failed=1; }
done
for file in "$samples"/*.rss; do
  xmllint --noout --nonet --xpath "/rss[@version='2.0']/channel" "$file" >/dev/null 2>&1 \
    || { echo "no RSS 2.0 channel: $file" >&2; failed=1; }
done
# newsboat parses the feed on its own and stores what it understood in its cache (sqlite).
reader_check() { # file, entry element name (entry|item), xpath of the feed title
  local file="$1" element="$2" title_xpath="$3" home
  home="$(mktemp -d)"
  echo "file://$(realpath "$file")" >"$home/urls"
  : >"$home/config"
  if ! HOME="$home" timeout 60 newsboat -C "$home/config" -u "$home/urls" -c "$home/cache.db" -x reload \
      >"$home/out" 2>&1; then
    echo "newsboat could not read $file: $(cat "$home/out")" >&2; return 1
  fi
  local expected listed title shown
  expected="$(xmllint --nonet --xpath "count(//*[local-name()='$element'])" "$file")"
  listed="$(sqlite3 "$home/cache.db" "SELECT count(*) FROM rss_item")"
  title="$(xmllint --nonet --xpath "string($title_xpath)" "$file")"
  shown="$(sqlite3 "$home/cache.db" "SELECT title FROM rss_feed")"
  if [ "$listed" != "$expected" ] || [ "$shown" != "$title" ]; then
    echo "newsboat read $file as $listed articles under '$shown' (feed: $expected, '$title')" >&2; return 1
  fi
  echo "newsboat lists all $listed articles of $(basename "$file") under '$shown'"
}
for file in "$samples"/*.atom; do
  reader_check "$file" entry "/*[local-name()='feed']/*[local-name()='title']" || failed=1
done
for file in "$samples"/*.rss; do
  reader_check "$file" item "/rss/channel/title" || failed=1
done
for file in "${json[@]}"; do
  if python3 - "$file" <<'PY'
import json, sys
feed = json.load(open(sys.argv[1], encoding="utf-8"))
assert feed["version"] == "https://jsonfeed.org/version/1.1", "version"
assert isinstance(feed["title"], str), "title"
for item in feed["items"]:
    assert isinstance(item["id"], str) and item["id"], "item id"
    assert "content_html" in item or "content_text" in item, "item content"
PY
  then
    echo "valid JSON Feed 1.1: $(basename "$file")"
  else
    echo "NOT a valid JSON Feed: $file" >&2
    failed=1
  fi
done
exit $failed
