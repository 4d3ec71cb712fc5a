package io.wirestream.publish.web;

import java.net.URI;

/** Problem type URIs: https://wirestream.io/problems/&lt;kind&gt;. */
public final class Problems {

    public static final String BASE = "https://wirestream.io/problems/";

    private Problems() {
    }

    public static URI type(String kind) {
        return URI.create(BASE + kind);
    }
}
