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
import java.util.List;
import java.util.Map;

/** The packaged service (target/quarkus-app) running as a real operating-system process. */
public final class ServiceProcess implements AutoCloseable {

    private final Process process;
    private final int port;

    private ServiceProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static ServiceProcess start(Path log, Map<String, String> config) throws Exception {
        return start(log, config, Path.of("").toAbsolutePath());
    }

    /**
     * @param workingDirectory where relative paths of the service lead: the disk of its own
     *                         machine, as each node of a cluster has one
     */
    public static ServiceProcess start(Path log, Map<String, String> config, Path workingDirectory) throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-Dquarkus.http.port=" + port,
                // production has a secret key of its own; the packaged service will not certify erasures without one
                "-Drightsflow.audit.subject-key=integration-test-subject-key"));
        config.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.add("-jar");
        command.add(jar().getAbsolutePath());
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toAbsolutePath().toFile())).start();
        ServiceProcess service = new ServiceProcess(process, port);
        service.awaitReady();
        return service;
    }

    public String baseUri() {
        return "http://localhost:" + port;
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
                throw new IllegalStateException("the service process exited with " + process.exitValue());
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
