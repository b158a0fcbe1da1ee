package io.rightsflow.downstream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.RequestType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A system that could never be reached as configured stops the start, naming the key to fix. */
@QuarkusTest
@Tag("database")
class SystemsConfigurationTest {

    record Configured(SystemsConfig.Kind kind, List<String> categories, List<RequestType> requests, Optional<URI> url,
            Optional<String> secret, Optional<String> jdbcUrl, Optional<String> erase, Optional<String> access)
            implements SystemsConfig.SystemConfig {

        static Configured webhook(String url, String secret) {
            return new Configured(SystemsConfig.Kind.WEBHOOK, List.of("video"), List.of(RequestType.PROFILE_ERASURE),
                    Optional.ofNullable(url).map(URI::create), Optional.ofNullable(secret), Optional.empty(),
                    Optional.empty(), Optional.empty());
        }

        static Configured sql(String erase, String access) {
            return new Configured(SystemsConfig.Kind.SQL, List.of("all"),
                    List.of(RequestType.PROFILE_ERASURE, RequestType.ACCESS), Optional.empty(), Optional.empty(),
                    Optional.of("jdbc:mariadb://127.0.0.1:3306/support"), Optional.ofNullable(erase),
                    Optional.ofNullable(access));
        }

        @Override
        public Optional<String> name() {
            return Optional.empty();
        }

        @Override
        public boolean sendAddress() {
            return false;
        }

        @Override
        public Duration answerWithin() {
            return Duration.ofDays(3);
        }

        @Override
        public Optional<String> username() {
            return Optional.empty();
        }

        @Override
        public Optional<String> password() {
            return Optional.empty();
        }
    }

    @Test
    void aSystemOfEachKindConfiguredAsTheReadmeSaysIsAccepted() {
        List<DownstreamSystem> systems = check(Map.of(
                "camera", Configured.webhook("https://camera.example/dsr", "a-secret-of-enough-length"),
                "support", Configured.sql("delete from tickets where profile_id = :profileId",
                        "select * from tickets where profile_id = :profileId"),
                "newsletter", new Configured(SystemsConfig.Kind.MANUAL, List.of("weight", "steps"),
                        List.of(RequestType.ACCOUNT_ERASURE), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty())));
        assertEquals(List.of("camera", "newsletter", "support"), systems.stream().map(DownstreamSystem::id).toList());
        assertEquals("camera", systems.get(0).name(), "a system without a name is shown by its id");
    }

    @Test
    void aWebhookWithoutItsUrlOrWithAShortSecretStopsTheStartNamingBothKeys() {
        String problem = refused(Map.of("camera", Configured.webhook(null, "short")));
        assertThat(problem, allOf(containsString("rightsflow.systems.\"camera\".url"),
                containsString("rightsflow.systems.\"camera\".secret"), containsString("openssl rand"),
                not(containsString("short"))));
    }

    @Test
    void anSqlSystemWithAnUnknownParameterOrTwoAccessStatementsOrNoEraseIsRefused() {
        assertThat(refused(Map.of("support", Configured.sql("delete from tickets where email = :email", null))),
                allOf(containsString("\"support\".erase: :email is not a parameter"),
                        containsString("\"support\".access: an sql system that access requests reach needs its select")));
        assertThat(refused(Map.of("support", Configured.sql(null, "select 1; select 2"))),
                allOf(containsString("\"support\".erase: an sql system that erasures reach"),
                        containsString("\"support\".access: one select")));
    }

    @Test
    void aWebhookOverPlainHttpIsRefusedOutsideDevModeAndTheTests() {
        assertThat(refused(Map.of("camera", Configured.webhook("http://camera.example/dsr", "a-secret-of-enough-length"))),
                containsString("\"camera\".url: must be https://"));
    }

    @Test
    void anUnknownCategoryOrARequestTypeThatReachesNoSystemIsRefused() {
        Configured system = new Configured(SystemsConfig.Kind.MANUAL, List.of("videos"),
                List.of(RequestType.OBJECTION), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty());
        assertThat(refused(Map.of("support", system)), allOf(containsString("videos is not a data category"),
                containsString("OBJECTION does not reach downstream systems")));
    }

    private static List<DownstreamSystem> check(Map<String, SystemsConfig.SystemConfig> configured) {
        return QuarkusTransaction.requiringNew().call(() -> Systems.checkAll(configured, true));
    }

    private static String refused(Map<String, SystemsConfig.SystemConfig> configured) {
        return assertThrows(IllegalStateException.class, () -> check(configured)).getMessage();
    }
}
