package io.rightsflow.camera;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.rightsflow.system.ProblemException;
import io.rightsflow.system.Signatures;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * A stand-in for the camera service, where the home camera's videos and screenshots live (dev
 * mode, and tests that enable it): the downstream system "camera" is a webhook pointed here, so
 * that erasing a profile with a home camera really asks for its video to be deleted. It checks
 * the signature as the real service must, takes the request (202), and calls back a moment later,
 * signed. Its page (/stand-in/camera-service) lists what it received; requests come to
 * /api/stand-in/camera-service/requests, beside the API, as a program's call and not a form.
 */
@Path("/api/stand-in/camera-service")
@PermitAll
public class CameraServiceStandIn {

    private static final Logger LOG = Logger.getLogger(CameraServiceStandIn.class);

    /** What it received, newest last (opaque ids only). */
    public record Received(Instant at, String requestId, String type, String profileId, String answer) {
    }

    static final List<Received> RECEIVED = new CopyOnWriteArrayList<>();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @ConfigProperty(name = "rightsflow.camera.stand-in.enabled", defaultValue = "false")
    boolean enabled;

    /** Optional: where the camera service is not configured (as in production) there is nothing to stand in for. */
    @ConfigProperty(name = "rightsflow.systems.camera.secret")
    Optional<String> configuredSecret;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    @POST
    @Path("/requests")
    @Consumes(MediaType.WILDCARD)
    public Response take(@HeaderParam(Signatures.TIMESTAMP) String timestamp, @HeaderParam(Signatures.NONCE) String nonce,
            @HeaderParam(Signatures.HEADER) String signature, byte[] body) throws IOException {
        standingIn();
        if (timestamp == null || nonce == null || signature == null
                || !Signatures.of(secret(), timestamp, nonce, body).equals(signature)) {
            return Response.status(Response.Status.UNAUTHORIZED).build();
        }
        JsonNode request = json.readTree(body);
        String type = request.path("type").asText();
        RECEIVED.add(new Received(Instant.now(clock), request.path("requestId").asText(), type,
                request.path("profileId").asText(null), "202, calls back COMPLETED"));
        URI callback = URI.create(request.path("callbackUrl").asText());
        Map<String, Object> answer = type.equals("ACCESS")
                ? Map.of("status", "COMPLETED", "count", 0, "data", Map.of("videos", List.of(), "screenshots", List.of()))
                : Map.of("status", "COMPLETED", "count", 0, "detail", "videos and screenshots deleted");
        CompletableFuture.runAsync(() -> callBack(callback, answer),
                CompletableFuture.delayedExecutor(500, TimeUnit.MILLISECONDS));
        return Response.accepted().build();
    }

    private String secret() {
        return configuredSecret.orElse("");
    }

    private void callBack(URI callback, Map<String, Object> answer) {
        for (int attempt = 1; attempt <= 10; attempt++) {
            try {
                byte[] body = json.writeValueAsBytes(answer);
                Signatures.Signed signed = Signatures.sign(secret(), Instant.now(clock), body);
                int status = http.send(HttpRequest.newBuilder(callback).timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header(Signatures.TIMESTAMP, signed.timestamp())
                        .header(Signatures.NONCE, signed.nonce())
                        .header(Signatures.HEADER, signed.signature())
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status != 503) {
                    return; // 503: the call was not recorded as waiting yet; anything else is final
                }
            } catch (IOException e) {
                LOG.debugf("camera stand-in: callback attempt %d failed: %s", attempt, e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    void standingIn() {
        if (!enabled) {
            throw ProblemException.notFound("the camera service stand-in (rightsflow.camera.stand-in.enabled is false)");
        }
    }
}
