package io.rightsflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real HTTP endpoints standing in for every partner app (the test configuration points the
 * partners' URLs at it): it records each call as it arrived and answers as a test scripts it.
 */
public final class PartnerServer {

    /** An answer that never comes: the connection is held longer than Rightsflow waits. */
    public static final int NO_ANSWER = -1;

    private static PartnerServer instance;

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final Map<String, Deque<Integer>> scripts = new ConcurrentHashMap<>();

    /** One call: the raw body (as signed), and the headers a partner checks. */
    public record Received(String path, String body, String signature, String timestamp, String nonce,
            String idempotencyKey, String authorization, int answered) {
    }

    private PartnerServer(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 50);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public static synchronized PartnerServer get() {
        if (instance == null) {
            try {
                instance = new PartnerServer(ConfigProvider.getConfig().getValue("rightsflow.test.partner-port", Integer.class));
            } catch (IOException e) {
                throw new IllegalStateException("could not start the partner stand-in", e);
            }
        }
        return instance;
    }

    /** The next calls to this path get these answers, in turn (then 200 again). */
    public void script(String path, Integer... answers) {
        scripts.computeIfAbsent(path, p -> new ArrayDeque<>()).addAll(List.of(answers));
    }

    public void clearScript(String path) {
        scripts.remove(path);
    }

    /** The calls to this path that are about this link (grant id). */
    public List<Received> calls(String path, String grantId) {
        return received.stream().filter(r -> r.path().equals(path) && r.body().contains(grantId)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String path = exchange.getRequestURI().getPath();
        Deque<Integer> script = scripts.get(path);
        Integer scripted = script == null ? null : script.poll();
        int answer = scripted == null ? 200 : scripted;
        received.add(new Received(path, body, exchange.getRequestHeaders().getFirst("X-Rightsflow-Signature"),
                exchange.getRequestHeaders().getFirst("X-Rightsflow-Timestamp"),
                exchange.getRequestHeaders().getFirst("X-Rightsflow-Nonce"),
                exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                exchange.getRequestHeaders().getFirst("Authorization"), answer));
        if (answer == NO_ANSWER) {
            sleep();
            answer = 200;
        }
        exchange.sendResponseHeaders(answer, -1);
        try (OutputStream out = exchange.getResponseBody()) {
            out.flush();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
