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
 * packaged service on PostgreSQL, {@value #CLIENTS_DEFAULT} concurrent clients. Prints the time to
 * ready on an existing schema; anonymous and authenticated calls per second and their ratio; erasure
 * requests accepted per second; a backlog of due erasures drained by one node, by two, and by the
 * bare engine running a process of the same shape (the baseline); timer lateness during the drain;
 * and the resident memory after. Run with {@code ./mvnw -Pbenchmark verify}; {@code
 * -Dbenchmark.clients}, {@code -Dbenchmark.seconds}, {@code -Dbenchmark.backlog} change the load.
 */
public final class ServiceBenchmark {

    private static final int CLIENTS_DEFAULT = 8;
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", CLIENTS_DEFAULT);
    private static final Duration SPAN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 10));
    private static final int BACKLOG = Integer.getInteger("benchmark.backlog", 10_000);
    /** Erasures filed one a second during the drain, with a grace period of {@link #PROBE_GRACE_SECONDS}. */
    private static final int PROBES = 60;
    private static final int PROBE_GRACE_SECONDS = 1;
    private static final String PASSWORD = "Bench-Passw0rd!";
    /** workflow/EngineSettings' defaults and the datasource's pool, for the bare engine's baseline. */
    private static final BareEngineDrain.Settings ENGINE = new BareEngineDrain.Settings(
            Integer.getInteger("benchmark.job-threads", 4), Integer.getInteger("benchmark.jobs-per-acquisition", 16),
            250, 1000, 30, "full");

    /**
     * The JVM options README "Running in production" gives (the service's heap, and the collector
     * the JVM itself picks on a machine of fewer than two cores or 1792 MB); later options win over
     * ServiceProcess' {@code -Xmx512m}, and {@code -Dservice.jvm-options} is added after them.
     */
    static final String PRODUCTION_JVM_OPTIONS = "-Xmx256m -XX:+UseSerialGC";

    private final GreenMail smtp;
    private final Map<String, String> config;
    private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(CLIENTS)).build();
    private String auth;
    private List<String> profiles;

    private ServiceBenchmark(GreenMail smtp, Map<String, String> config) {
        this.smtp = smtp;
        this.config = config;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("service.jvm-options", PRODUCTION_JVM_OPTIONS + " " + System.getProperty("service.jvm-options", ""));
        Path dir = Path.of("target/benchmark-service");
        Files.createDirectories(dir);
        GreenMail smtp = new PromptGreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> config = new HashMap<>(Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()), "quarkus.mailer.start-tls", "DISABLED"));
        try (FreshDatabase database = FreshDatabase.create()) {
            config.putAll(database.config());
            ServiceBenchmark benchmark = new ServiceBenchmark(smtp, config);
            // the first start creates the schema and deploys the processes; the second is the one measured
            try (ServiceProcess first = ServiceProcess.start(dir.resolve("first.log"), config)) {
                System.out.println("schema created on " + database.url());
            }
            long starting = System.nanoTime();
            try (ServiceProcess service = ServiceProcess.start(dir.resolve("service.log"), config)) {
                System.out.printf("ready after start, existing schema: %.1f s (polled every 0.25 s)%n",
                        (System.nanoTime() - starting) / 1e9);
                benchmark.calls(service);
                benchmark.intake(service, database);
                System.out.printf("resident memory after the intake: %d MiB%n", residentMiB(service.pid()));
            }
            Drain backlog = Drain.due(database);
            Drain copy = backlog.copy();
            try (FreshDatabase twoNodes = copy.database(); FreshDatabase bare = FreshDatabase.create()) {
                double one = benchmark.drainByOneNode(dir, backlog);
                if (Boolean.getBoolean("benchmark.one-node-only")) { // to profile the drain
                    return;
                }
                // -Dbenchmark.nodes=1 leaves out the two nodes (on two cores they share the same CPUs)
                double two = Integer.getInteger("benchmark.nodes", 2) < 2 ? Double.NaN
                        : benchmark.drainByTwoNodes(dir, copy);
                double baseline = BareEngineDrain.drain(bare, BACKLOG, ENGINE);
                System.out.printf("bare engine, a process of the same shape doing nothing: %,.0f erasures/s%n", baseline);
                System.out.printf("drain ÷ bare engine: %.2f (goal >= 0.5); two nodes ÷ one: %.2f%n", one / baseline,
                        two / one);
            }
        } finally {
            smtp.stop();
        }
    }

    private void calls(ServiceProcess service) throws Exception {
        String email = "bench-" + UUID.randomUUID() + "@example.test";
        Map<String, String> account = SignUps.confirmed(service.baseUri(), smtp, email, PASSWORD, "Bench");
        auth = "Basic " + Base64.getEncoder().encodeToString((email + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
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
        profiles = secondaryProfiles(service, account.get("accountId"), BACKLOG + PROBES);
    }

    /** Files the backlog's erasures, every one, and waits until each person has been told of it. */
    private void intake(ServiceProcess service, FreshDatabase database) throws Exception {
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        rate(http, i -> {
            int n = next.getAndIncrement();
            return n >= BACKLOG ? null : erasure(service, profiles.get(n));
        }, Duration.ofHours(1));
        System.out.printf("PROFILE_ERASURE requests accepted: %,.0f/s (%,d filed; goal >= 200/s on PostgreSQL)%n",
                BACKLOG / ((System.nanoTime() - started) / 1e9), BACKLOG);
        while (database.count("select count(*) from mail_log where kind = 'PROFILE_DELETION_SCHEDULED'") < BACKLOG) {
            Thread.sleep(500);
        }
        System.out.printf("(every person told of the grace period %.0f s after the first request)%n",
                (System.nanoTime() - started) / 1e9);
    }

    private double drainByOneNode(Path dir, Drain backlog) throws Exception {
        Map<String, String> node = new HashMap<>(config);
        node.put("rightsflow.erasure.grace-period", "PT" + PROBE_GRACE_SECONDS + "S");
        node.put("rightsflow.jobs.node-name", "node-1");
        int mails = smtp.getReceivedMessages().length;
        long launched = System.nanoTime();
        try (ServiceProcess service = ServiceProcess.start(dir.resolve("drain-1.log"), node)) {
            System.out.printf("%,d due erasures; one node ready after %.1f s%n", BACKLOG,
                    (System.nanoTime() - launched) / 1e9);
            List<String> probes = new ArrayList<>();
            Thread prober = new Thread(() -> probe(service, probes), "probe");
            prober.start();
            double seconds = backlog.awaitCompleted(BACKLOG, launched);
            prober.interrupt();
            prober.join();
            long rss = residentMiB(service.pid());
            System.out.printf("drained by one node: %,d in %.1f s from launch, %,.0f erasures/s (goal: within 100 s); %s%n",
                    BACKLOG, seconds, BACKLOG / seconds, backlog.verdict(BACKLOG, smtp, mails));
            Thread.sleep(3000); // the last probes' grace periods end
            List<Double> late = backlog.lateness(probes, PROBE_GRACE_SECONDS);
            System.out.printf("timer lateness during the drain (grace end -> request completed, %d of %d probes): "
                    + "p50 %.1f s, p99 %.1f s, max %.1f s (goal: p99 <= 2 s)%n", late.size(), probes.size(),
                    percentile(late, 0.5), percentile(late, 0.99), late.isEmpty() ? 0 : late.get(late.size() - 1));
            System.out.printf("resident memory after the drain: %d MiB (goal <= 350 MB)%n", rss);
            return BACKLOG / seconds;
        }
    }

    private double drainByTwoNodes(Path dir, Drain backlog) throws Exception {
        int mails = smtp.getReceivedMessages().length;
        Map<String, String> first = new HashMap<>(config);
        first.putAll(backlog.database().config());
        first.put("rightsflow.jobs.node-name", "node-a");
        Map<String, String> second = new HashMap<>(first);
        second.put("rightsflow.jobs.node-name", "node-b");
        long launched = System.nanoTime();
        try (ServiceProcess a = ServiceProcess.start(dir.resolve("drain-a.log"), first);
                ServiceProcess b = ServiceProcess.start(dir.resolve("drain-b.log"), second)) {
            double seconds = backlog.awaitCompleted(BACKLOG, launched);
            System.out.printf("drained by two nodes: %,d in %.1f s from launch, %,.0f erasures/s; jobs per node %s; %s%n",
                    BACKLOG, seconds, BACKLOG / seconds, backlog.jobsPerNode(), backlog.verdict(BACKLOG, smtp, mails));
            return BACKLOG / seconds;
        }
    }

    /** Files one erasure a second until interrupted; their ids. */
    private void probe(ServiceProcess service, List<String> ids) {
        for (int n = 0; n < PROBES && !Thread.currentThread().isInterrupted(); n++) {
            try {
                HttpResponse<String> filed = http.send(erasure(service, profiles.get(BACKLOG + n)),
                        HttpResponse.BodyHandlers.ofString());
                synchronized (ids) {
                    ids.add(filed.body().replaceAll(".*\"id\"\\s*:\\s*\"([^\"]+)\".*", "$1"));
                }
                Thread.sleep(1000);
            } catch (InterruptedException stop) {
                return;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static double percentile(List<Double> sorted, double p) {
        return sorted.isEmpty() ? Double.NaN : sorted.get((int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1));
    }

    private HttpRequest erasure(ServiceProcess service, String profileId) {
        return json(service, auth, "/api/requests", "{\"type\":\"PROFILE_ERASURE\",\"profileId\":\"" + profileId + "\"}");
    }

    /** Secondary profiles to erase, made through the API as a person would, by every client at once. */
    private List<String> secondaryProfiles(ServiceProcess service, String accountId, int count) throws Exception {
        String[] ids = new String[count];
        AtomicInteger next = new AtomicInteger();
        long started = System.nanoTime();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                running.add(clients.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        HttpResponse<String> created = http.send(json(service, auth, "/api/accounts/" + accountId
                                + "/profiles", "{\"name\":\"Member " + i + "\"}"), HttpResponse.BodyHandlers.ofString());
                        if (created.statusCode() != 201) {
                            throw new IllegalStateException(created.statusCode() + ": " + created.body());
                        }
                        ids[i] = created.body().replaceAll(".*\"profileId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
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
        System.out.printf("(%,d secondary profiles made in %.1f s)%n", count, (System.nanoTime() - started) / 1e9);
        return List.of(ids);
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
