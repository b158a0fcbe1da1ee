package io.rightsflow.web;

import java.net.URI;

/** Whether a browser's Origin or Referer header names our own site, the one of the base URL. */
final class Origins {

    private final String own;

    Origins(String baseUrl) {
        this.own = originOf(baseUrl);
    }

    String own() {
        return own;
    }

    /** The Origin header decides when present; else the Referer's origin; neither: not ours. */
    boolean isOwn(String origin, String referer) {
        if (origin != null && !origin.isBlank()) {
            return own.equalsIgnoreCase(origin.trim());
        }
        return referer != null && own.equalsIgnoreCase(originOf(referer));
    }

    /** Neither header: a client that is not a browser, such as a mail client's link or curl. */
    static boolean absent(String origin, String referer) {
        return (origin == null || origin.isBlank()) && (referer == null || referer.isBlank());
    }

    private static String originOf(String url) {
        try {
            URI uri = URI.create(url.trim());
            if (uri.getScheme() == null || uri.getHost() == null) {
                return "";
            }
            String scheme = uri.getScheme().toLowerCase();
            int port = uri.getPort();
            boolean defaultPort = port == -1 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return scheme + "://" + uri.getHost().toLowerCase() + (defaultPort ? "" : ":" + port);
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
