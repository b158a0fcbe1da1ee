package io.rightsflow.support;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/** The packaged service (target/quarkus-app) running as a real operating-system process. */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int managementPort;

    private ServiceProcess(Process process, int port, int managementPort) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
    }

    /**
     * The secrets production refuses to start without (see system/SecretsCheck), test values of
     * the right shape; a test of that check starts the service with {@link #exitOf} instead.
     */
    public static final Map<String, String> SECRETS = Map.of(
            "rightsflow.audit.subject-key", "integration-test-subject-key-longer-than-32-bytes",
            "rightsflow.partners.token-key", "aW50ZWdyYXRpb24tdGVzdC10b2tlbi1rZXktMzJieXQ=",
            "rightsflow.extracts.pseudonym-key", "integration-test-pseudonym-key-longer-than-32-bytes",
            "quarkus.http.auth.session.encryption-key", "integration-test-session-key-longer-than-32-bytes");

    /** Starts the packaged service with its {@link #SECRETS} and {@code config}, and waits until it is ready. */
    public static ServiceProcess start(Path log, Map<String, String> config) throws Exception {
        return start(log, config, Path.of("").toAbsolutePath());
    }

    /**
     * @param workingDirectory where relative paths of the service lead: the disk of its own
     *                         machine, as each node of a cluster has one
     */
    public static ServiceProcess start(Path log, Map<String, String> config, Path workingDirectory) throws Exception {
        Map<String, String> all = new LinkedHashMap<>(SECRETS);
        all.putAll(config);
        int port = freePort();
        int managementPort = freePort();
        ServiceProcess service = new ServiceProcess(launch(log, port, managementPort, all, workingDirectory), port,
                managementPort);
        service.awaitReady();
        return service;
    }

    /**
     * Starts the packaged service with exactly {@code config} (no secrets added) and waits for it to
     * end: its exit code, or empty when it became ready instead (it is then stopped).
     */
    public static OptionalInt exitOf(Path log, Map<String, String> config) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        try (ServiceProcess service = new ServiceProcess(
                launch(log, port, managementPort, config, Path.of("").toAbsolutePath()), port, managementPort)) {
            service.awaitReady();
            return OptionalInt.empty();
        } catch (Exited exited) {
            return OptionalInt.of(exited.code);
        }
    }

    /** Each process has a management interface of its own (metrics, OpenAPI), as nodes of a cluster on one machine. */
    private static Process launch(Path log, int port, int managementPort, Map<String, String> config,
            Path workingDirectory) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + port, "-Dquarkus.management.port=" + managementPort));
        // a benchmark may profile the service: -Dservice.jvm-options="-XX:StartFlightRecording=..."
        String extra = System.getProperty("service.jvm-options", "").strip();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar().getAbsolutePath());
        return new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toAbsolutePath().toFile())).start();
    }

    static final class Exited extends IllegalStateException {

        final int code;

        Exited(int code) {
            super("the service process exited with " + code);
            this.code = code;
        }
    }

    public String baseUri() {
        return "http://localhost:" + port;
    }

    /** The operating system's id of the process, to read its resident memory from /proc. */
    public long pid() {
        return process.pid();
    }

    /** The management interface: metrics, the OpenAPI document, Swagger UI. */
    public String managementUri() {
        return "http://localhost:" + managementPort;
    }

    /** Ends the process at once, as a crash or {@code kill -9} would: no shutdown hook runs. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(Duration.ofSeconds(30).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
            kill();
        }
    }

    private void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new Exited(process.exitValue());
            }
            try {
                HttpResponse<Void> ready = http.send(HttpRequest.newBuilder(URI.create(baseUri() + "/q/health/ready"))
                        .build(), HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("the service did not become ready on port " + port);
    }

    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public static File jar() {
        return new File(System.getProperty("rightsflow.jar", "target/quarkus-app/quarkus-run.jar"));
    }
}
