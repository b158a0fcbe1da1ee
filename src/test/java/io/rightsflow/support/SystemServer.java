package io.rightsflow.support;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.restassured.response.Response;
import io.rightsflow.downstream.DownstreamSystemsProfile;
import io.rightsflow.system.Signatures;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * A real HTTP endpoint standing in for the newsletter tool, a webhook system of
 * {@link DownstreamSystemsProfile}: it records each call as it arrived and answers as a test
 * scripts it, per request (the body names the request), so that a call left over from another
 * test never takes a scripted answer. It also calls back, signed as the tool would, or forged.
 */
public final class SystemServer {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static SystemServer instance;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Reply>> scripts = new ConcurrentHashMap<>();
    private final Map<String, List<Integer>> earlyCallbacks = new ConcurrentHashMap<>();

    /** An answer: a status and a JSON body, or no answer at all (the connection held longer than Rightsflow waits). */
    public record Reply(int status, String body, boolean callsBackFirst) {

        static final int NO_ANSWER = -1;

        public Reply(int status, String body) {
            this(status, body, false);
        }

        /**
         * 202, but only after its callback (COMPLETED) is on its way: the callback overtakes the
         * answer to our call, as a fast system's does. What the callback got is kept in {@link #earlyCallbacks}.
         */
        public static Reply acceptedAfterCallingBack() {
            return new Reply(202, "", true);
        }

        public static Reply completed(long count) {
            return new Reply(200, "{\"status\":\"COMPLETED\",\"count\":" + count + "}");
        }

        public static Reply accepted() {
            return new Reply(202, "");
        }

        public static Reply status(int status) {
            return new Reply(status, "");
        }

        public static Reply noAnswer() {
            return new Reply(NO_ANSWER, "");
        }
    }

    /** One call: the body bytes as received (as signed), and the headers the system checks. */
    public record Received(String path, byte[] body, String timestamp, String nonce, String signature,
            String idempotencyKey, Reply answered) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public String callbackUrl() {
            return json().path("callbackUrl").asText();
        }

        /** A callback to this call, signed with the newsletter's secret now (engine time); change it before posting. */
        public Callback callback(String status) {
            return new Callback(callbackUrl()).status(status);
        }
    }

    private SystemServer(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public static synchronized SystemServer get() {
        if (instance == null) {
            try {
                instance = new SystemServer(DownstreamSystemsProfile.systemPort());
            } catch (IOException e) {
                throw new IllegalStateException("could not start the newsletter tool's stand-in", e);
            }
        }
        return instance;
    }

    /**
     * The next calls about this request get these answers, in turn, the last one again and again
     * (as a system keeps answering); unscripted, 202.
     */
    public void script(String requestId, Reply... replies) {
        scripts.put(requestId, new ArrayDeque<>(List.of(replies)));
    }

    /** Every call about this request, in the order received. */
    public List<Received> calls(String requestId) {
        return received.stream().filter(r -> requestId.equals(r.json().path("requestId").asText())).toList();
    }

    /** The statuses the callbacks sent before our call was answered got, in turn (503 is tried again). */
    public List<Integer> earlyCallbacks(String requestId) {
        return earlyCallbacks.getOrDefault(requestId, List.of());
    }

    private void callBackEarly(String requestId, String callbackUrl) {
        List<Integer> statuses = earlyCallbacks.computeIfAbsent(requestId, r -> new CopyOnWriteArrayList<>());
        new Thread(() -> {
            for (int attempt = 0; attempt < 10; attempt++) {
                int status = new Callback(callbackUrl).status("COMPLETED").count(1).post().statusCode();
                statuses.add(status);
                if (status != 503) {
                    return;
                }
                pause(1000);
            }
        }, "early-callback").start();
        pause(500);
    }

    private void handle(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        String requestId = "";
        try {
            requestId = JSON.readTree(body).path("requestId").asText("");
        } catch (IOException e) {
            // not ours to judge: recorded as it came
        }
        Deque<Reply> script = scripts.get(requestId);
        Reply scripted = script == null ? null : script.size() > 1 ? script.poll() : script.peek();
        Reply reply = scripted == null ? Reply.accepted() : scripted;
        var headers = exchange.getRequestHeaders();
        received.add(new Received(exchange.getRequestURI().getPath(), body, headers.getFirst(Signatures.TIMESTAMP),
                headers.getFirst(Signatures.NONCE), headers.getFirst(Signatures.HEADER),
                headers.getFirst("Idempotency-Key"), reply));
        if (reply.callsBackFirst()) {
            callBackEarly(requestId, JSON.readTree(body).path("callbackUrl").asText());
        }
        if (reply.status() == Reply.NO_ANSWER) {
            pause(15_000); // longer than rightsflow.systems-timeout
            exchange.close();
            return;
        }
        byte[] answer = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(reply.status(), answer.length == 0 ? -1 : answer.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(answer);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A system's callback, signed with the newsletter's secret unless forged. */
    public static final class Callback {

        private final String url;
        private byte[] body;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private String secret = DownstreamSystemsProfile.NEWSLETTER_SECRET;
        private String nonce = UUID.randomUUID().toString().replace("-", "");
        private Instant at = ClockUtil.now().toInstant();

        Callback(String url) {
            this.url = url;
        }

        public static Callback to(String url) {
            return new Callback(url);
        }

        public Callback status(String status) {
            fields.put("status", status);
            return this;
        }

        public Callback count(long count) {
            fields.put("count", count);
            return this;
        }

        public Callback detail(String detail) {
            fields.put("detail", detail);
            return this;
        }

        /** This body as it is, signed (e.g. one that is not JSON). */
        public Callback body(String raw) {
            body = raw.getBytes(StandardCharsets.UTF_8);
            return this;
        }

        /** Signed with another secret than the system's. */
        public Callback forged() {
            secret = "not-the-newsletter-secret-at-all";
            return this;
        }

        /** With this nonce (e.g. one used before). */
        public Callback nonce(String nonce) {
            this.nonce = nonce;
            return this;
        }

        public String nonce() {
            return nonce;
        }

        /** Signed at this time rather than now (engine time). */
        public Callback signedAt(Instant at) {
            this.at = at;
            return this;
        }

        public Response post() {
            byte[] bytes;
            try {
                bytes = body != null ? body : JSON.writeValueAsBytes(fields);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            String timestamp = String.valueOf(at.getEpochSecond());
            return given().contentType("application/json").body(bytes)
                    .header(Signatures.TIMESTAMP, timestamp)
                    .header(Signatures.NONCE, nonce)
                    .header(Signatures.HEADER, Signatures.of(secret, timestamp, nonce, bytes))
                    .post(url);
        }
    }
}
