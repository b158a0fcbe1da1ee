package io.rightsflow.operations;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import io.rightsflow.support.SignUps;

/**
 * The service benchmark of README "Performance" (issue 23's figures, measured from outside): the
 * packaged service on PostgreSQL, one node, {@value #CLIENTS_DEFAULT} concurrent clients. Prints the
 * time to ready on an existing schema, anonymous and authenticated calls per second and their
 * ratio, erasure requests accepted per second, and the resident memory after. Run with
 * {@code ./mvnw -Pbenchmark verify}; {@code -Dbenchmark.clients}, {@code -Dbenchmark.seconds} change
 * the load.
 */
public final class ServiceBenchmark {

    private static final int CLIENTS_DEFAULT = 8;
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", CLIENTS_DEFAULT);
    private static final Duration SPAN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final int PROFILES = Integer.getInteger("benchmark.profiles", 3_000);
    private static final String PASSWORD = "Bench-Passw0rd!";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/benchmark-service");
        Files.createDirectories(dir);
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> config = new HashMap<>(Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()), "quarkus.mailer.start-tls", "DISABLED"));
        try (FreshDatabase database = FreshDatabase.create()) {
            config.putAll(database.config());
            // the first start creates the schema and deploys the processes; the second is the one measured
            try (ServiceProcess first = ServiceProcess.start(dir.resolve("first.log"), config)) {
                System.out.println("schema created on " + database.url());
            }
            long starting = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.start(dir.resolve("service.log"), config)) {
                System.out.printf("ready after start, existing schema: %.1f s (polled every 0.25 s)%n",
                        (System.nanoTime() - starting) / 1e9);
                run(service, smtp);
                System.out.printf("resident memory after: %d MiB%n", residentMiB(service.pid()));
            }
        } finally {
            smtp.stop();
        }
    }

    private static void run(ServiceProcess service, GreenMail smtp) throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
        String email = "bench-" + UUID.randomUUID() + "@example.test";
        Map<String, String> account = SignUps.confirmed(service.baseUri(), smtp, email, PASSWORD, "Bench");
        String auth = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        HttpRequest anonymous = HttpRequest.newBuilder(URI.create(service.baseUri() + "/api/catalog/products")).build();
        HttpRequest me = HttpRequest.newBuilder(URI.create(service.baseUri() + "/api/me")).header("Authorization", auth)
                .build();
        rate(http, i -> anonymous, Duration.ofSeconds(3)); // warm-up of both paths
        rate(http, i -> me, Duration.ofSeconds(3));
        double open = rate(http, i -> anonymous, SPAN);
        double signedIn = rate(http, i -> me, SPAN);
        System.out.printf("anonymous GET /api/catalog/products: %,.0f/s%n", open);
        System.out.printf("GET /api/me with HTTP Basic: %,.0f/s | ratio %.2f (authenticated / anonymous; goal >= 0.5)%n",
                signedIn, signedIn / open);

        List<String> profiles = secondaryProfiles(http, service, auth, account.get("accountId"));
        AtomicInteger next = new AtomicInteger();
        double intake = rate(http, i -> {
            int n = next.getAndIncrement();
            return n >= profiles.size() ? null : json(service, auth, "/api/requests",
                    "{\"type\":\"PROFILE_ERASURE\",\"profileId\":\"" + profiles.get(n) + "\"}");
        }, SPAN);
        System.out.printf("PROFILE_ERASURE requests accepted: %,.0f/s (%,d filed; goal >= 200/s on PostgreSQL)%n",
                intake, Math.min(next.get(), profiles.size()));
    }

    /** Secondary profiles to erase, made through the API as a person would. */
    private static List<String> secondaryProfiles(HttpClient http, ServiceProcess service, String auth,
            String accountId) throws Exception {
        List<String> ids = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < PROFILES; i++) {
            HttpResponse<String> created = http.send(json(service, auth, "/api/accounts/" + accountId + "/profiles",
                    "{\"name\":\"Member " + i + "\"}"), HttpResponse.BodyHandlers.ofString());
            if (created.statusCode() != 201) {
                throw new IllegalStateException(created.statusCode() + ": " + created.body());
            }
            ids.add(created.body().replaceAll(".*\"profileId\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
        }
        System.out.printf("(%,d secondary profiles made in %.1f s)%n", PROFILES, (System.nanoTime() - started) / 1e9);
        return ids;
    }

    private static HttpRequest json(ServiceProcess service, String auth, String path, String body) {
        return HttpRequest.newBuilder(URI.create(service.baseUri() + path)).header("Authorization", auth)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    interface Calls {
        /** The i-th call of a client, or null when there is nothing left to call. */
        HttpRequest next(int i);
    }

    /** Successful calls per second of {@link #CLIENTS} clients calling back to back for {@code span}. */
    private static double rate(HttpClient http, Calls calls, Duration span) throws Exception {
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        AtomicInteger succeeded = new AtomicInteger();
        long started = System.nanoTime();
        long until = started + span.toNanos();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = 0; System.nanoTime() < until; i++) {
                        HttpRequest call = calls.next(i);
                        if (call == null) {
                            return null;
                        }
                        int status = http.send(call, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status / 100 != 2) {
                            throw new IllegalStateException(call.uri() + " answered " + status);
                        }
                        succeeded.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (Future<?> client : running) {
                client.get();
            }
        } finally {
            clients.shutdown();
        }
        return succeeded.get() / ((System.nanoTime() - started) / 1e9);
    }

    private static long residentMiB(long pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
            }
        }
        return -1;
    }
}
