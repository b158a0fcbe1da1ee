package io.rightsflow.measurement;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.rightsflow.support.FreshDatabase;
import io.rightsflow.support.ServiceProcess;
import io.rightsflow.support.SignUps;

/**
 * The import benchmark of README "Performance": the packaged service on PostgreSQL, a 4,000-row
 * weight file (weight, fat mass, comment) imported over HTTP ten times; the baseline sends the
 * same 8,000 values as JSON readings of a Body+ scale. Prints the time per file of both and
 * their ratio. Run with {@code ./mvnw -Pbenchmark verify}.
 */
public final class ImportBenchmark {

    private static final int ROWS = 4_000;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 10);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("target/benchmark-import");
        Files.createDirectories(dir);
        // A real SMTP server: the account is confirmed with the link mailed to its address.
        GreenMail smtp = new GreenMail(new ServerSetup(ServiceProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        Map<String, String> config = new HashMap<>(Map.of("quarkus.mailer.host", "127.0.0.1",
                "quarkus.mailer.port", String.valueOf(smtp.getSmtp().getPort()), "quarkus.mailer.start-tls", "DISABLED"));
        // The baseline posts the same rows in one device upload, which production caps at 1000 readings a call.
        config.put("rightsflow.measurement.max-readings-per-upload", String.valueOf(2 * ROWS));
        try (FreshDatabase database = FreshDatabase.create()) {
            config.putAll(database.config());
            run(dir, config, smtp);
        } finally {
            smtp.stop();
        }
    }

    private static void run(Path dir, Map<String, String> config, GreenMail smtp) throws Exception {
        try (ServiceProcess service = ServiceProcess.start(dir.resolve("service.log"), config)) {
            HttpClient http = HttpClient.newHttpClient();
            String email = "bench-" + UUID.randomUUID() + "@example.test";
            String profile = SignUps.confirmed(service.baseUri(), smtp, email, "Bench-Passw0rd!", "Bench")
                    .get("mainProfileId");
            String auth = "Basic " + Base64.getEncoder().encodeToString((email + ":Bench-Passw0rd!")
                    .getBytes(StandardCharsets.UTF_8));
            String scale = send(http, request(service, auth, "/api/profiles/" + profile + "/devices", "application/json",
                    "{\"product\":\"body-plus\"}"), 201).replaceAll(".*\"deviceId\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            List<Double> imports = new ArrayList<>();
            List<Double> baselines = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                LocalDateTime start = LocalDateTime.of(2010, 1, 1, 0, 0).plusYears(round);
                imports.add(time(() -> send(http, request(service, auth, "/api/profiles/" + profile
                        + "/imports?kind=weight", "text/csv", csv(start)), 201)));
                baselines.add(time(() -> send(http, request(service, auth, "/api/devices/" + scale
                        + "/measurements", "application/json", json(start.plusMonths(6))), 201)));
            }
            double importMedian = median(imports);
            double baselineMedian = median(baselines);
            System.out.printf("import of a %,d-row weight file (%,d values): median %.0f ms, best %.0f ms, worst %.0f ms"
                    + " (%,.0f rows/s)%n", ROWS, 2 * ROWS, importMedian, Collections.min(imports),
                    Collections.max(imports), ROWS / (importMedian / 1000));
            System.out.printf("baseline, the same values as JSON readings of a scale: median %.0f ms | ratio %.2f"
                    + " (baseline time / import time)%n", baselineMedian, baselineMedian / importMedian);
        }
    }

    private static HttpRequest.Builder request(ServiceProcess service, String auth, String path, String type, String body) {
        return HttpRequest.newBuilder(URI.create(service.baseUri() + path)).header("Authorization", auth)
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String send(HttpClient http, HttpRequest.Builder request, int expected) throws Exception {
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != expected) {
            throw new IllegalStateException(response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static String csv(LocalDateTime start) {
        StringBuilder file = new StringBuilder("Date,Weight (kg),Fat mass (kg),Comments\n");
        for (int i = 0; i < ROWS; i++) {
            file.append(start.plusHours(i).toString().replace('T', ' ')).append(":00,")
                    .append(60 + i % 30).append(".5,").append(12 + i % 5).append(".25,morning\n");
        }
        return file.toString();
    }

    private static String json(LocalDateTime start) {
        StringBuilder body = new StringBuilder("[");
        for (int i = 0; i < ROWS; i++) {
            String at = start.plusHours(i) + ":00Z";
            body.append(i == 0 ? "" : ",")
                    .append("{\"category\":\"weight\",\"takenAt\":\"").append(at).append("\",\"value\":")
                    .append(60 + i % 30).append(".5,\"unit\":\"kg\",\"comment\":\"morning\"},")
                    .append("{\"category\":\"fat-mass\",\"takenAt\":\"").append(at).append("\",\"value\":")
                    .append(12 + i % 5).append(".25,\"unit\":\"kg\"}");
        }
        return body.append(']').toString();
    }

    interface Call {
        void run() throws Exception;
    }

    private static double time(Call call) throws Exception {
        long start = System.nanoTime();
        call.run();
        return (System.nanoTime() - start) / 1e6;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
