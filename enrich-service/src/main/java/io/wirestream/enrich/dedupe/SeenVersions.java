package io.wirestream.enrich.dedupe;

import java.util.List;
import java.util.TreeSet;

/** Value of the article-version store: which provider versions of one article id were seen. */
public record SeenVersions(List<Integer> versions) {

    public SeenVersions {
        versions = List.copyOf(versions);
    }

    public boolean contains(int version) {
        return versions.contains(version);
    }

    public SeenVersions with(int version) {
        TreeSet<Integer> all = new TreeSet<>(versions);
        all.add(version);
        return new SeenVersions(List.copyOf(all));
    }
}
