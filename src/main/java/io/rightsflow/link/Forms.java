package io.rightsflow.link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** The fields of a link page's form (application/x-www-form-urlencoded); no fields for any other body. */
final class Forms {

    private Forms() {
    }

    static Map<String, String> parse(String contentType, String body) {
        Map<String, String> fields = new HashMap<>();
        if (contentType == null || !contentType.startsWith("application/x-www-form-urlencoded") || body == null) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.putIfAbsent(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
