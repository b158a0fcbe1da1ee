package io.rightsflow.downstream;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A system's answer as JSON, at once (200) or in its callback: {@code {"status":"COMPLETED"|"FAILED",
 * "detail"?, "count"?, "data"? | "file"?: {name, contentType, base64}}}; {@code data} (any JSON) or
 * {@code file} is its part of an access copy.
 */
final class Replies {

    static final int MAX_DETAIL = 2000;

    private Replies() {
    }

    /** @throws IllegalArgumentException saying what is wrong with the reply, never its content */
    static Answer read(ObjectMapper json, byte[] body) {
        JsonNode reply;
        try {
            reply = json.readTree(body);
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
        if (reply == null || !reply.isObject()) {
            throw new IllegalArgumentException("the body is not a JSON object");
        }
        String status = reply.path("status").asText("");
        Answer.Outcome outcome = switch (status) {
            case "COMPLETED" -> Answer.Outcome.COMPLETED;
            case "FAILED" -> Answer.Outcome.FAILED;
            default -> throw new IllegalArgumentException("status must be COMPLETED or FAILED");
        };
        String detail = reply.hasNonNull("detail") ? reply.get("detail").asText() : null;
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("detail must have at most " + MAX_DETAIL + " characters");
        }
        Long count = null;
        if (reply.hasNonNull("count")) {
            if (!reply.get("count").canConvertToLong() || reply.get("count").asLong() < 0) {
                throw new IllegalArgumentException("count must be a whole number of at least 0");
            }
            count = reply.get("count").asLong();
        }
        return new Answer(outcome, count, detail, data(reply));
    }

    /**
     * A callback may name its request ({@code "requestId"}, recommended): then it must be this
     * call's, so that a callback meant for one request can never settle another.
     */
    static void aboutRequest(ObjectMapper json, byte[] body, String requestId) {
        try {
            JsonNode named = json.readTree(body).get("requestId");
            if (named != null && !named.isNull() && !requestId.equals(named.asText())) {
                throw new IllegalArgumentException("requestId is not the request of this callback's call");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("the body is not JSON");
        }
    }

    private static Answer.Data data(JsonNode reply) {
        if (reply.hasNonNull("file")) {
            JsonNode file = reply.get("file");
            String name = file.path("name").asText("");
            if (!name.matches("[A-Za-z0-9._-]{1,100}")) {
                throw new IllegalArgumentException("file.name must be 1 to 100 letters, digits, dots, dashes or underscores");
            }
            String contentType = file.path("contentType").asText("application/octet-stream");
            if (!contentType.matches("[A-Za-z0-9!#$&^_.+-]{1,50}/[A-Za-z0-9!#$&^_.+-]{1,49}")) {
                throw new IllegalArgumentException("file.contentType must be a media type such as text/csv");
            }
            try {
                return new Answer.Data(name, contentType,
                        Base64.getDecoder().decode(file.path("base64").asText("")));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("file.base64 is not Base64");
            }
        }
        if (reply.has("data")) {
            return new Answer.Data("data.json", "application/json",
                    reply.get("data").toPrettyString().getBytes(StandardCharsets.UTF_8));
        }
        return null;
    }
}
