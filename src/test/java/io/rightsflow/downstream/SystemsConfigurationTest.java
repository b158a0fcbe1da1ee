package io.rightsflow.downstream;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.request.RequestType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A system that could never be reached as configured stops the start, naming the key to fix. */
@QuarkusTest
@Tag("database")
class SystemsConfigurationTest {

    static final String SUPPORT_DB = "jdbc:mariadb://127.0.0.1:3306/support";

    @Test
    void aSystemOfEachKindConfiguredAsTheReadmeSaysIsAccepted() {
        List<DownstreamSystem> systems = check(Map.of(
                "camera", ConfiguredSystem.webhook("https://camera.example/dsr", "a-secret-of-enough-length"),
                "support", ConfiguredSystem.sql(SUPPORT_DB, null, "delete from tickets where profile_id = :profileId",
                        "select * from tickets where profile_id = :profileId"),
                "newsletter", ConfiguredSystem.manual(List.of("weight", "steps"), List.of(RequestType.ACCOUNT_ERASURE))));
        assertEquals(List.of("camera", "newsletter", "support"), systems.stream().map(DownstreamSystem::id).toList());
        assertEquals("camera", systems.get(0).name(), "a system without a name is shown by its id");
    }

    @Test
    void aWebhookWithoutItsUrlOrWithAShortSecretStopsTheStartNamingBothKeys() {
        String problem = refused(Map.of("camera", ConfiguredSystem.webhook(null, "short")));
        assertThat(problem, allOf(containsString("rightsflow.systems.\"camera\".url"),
                containsString("rightsflow.systems.\"camera\".secret"), containsString("openssl rand"),
                not(containsString("short"))));
    }

    @Test
    void anSqlSystemWithAnUnknownParameterOrTwoAccessStatementsOrNoEraseIsRefused() {
        assertThat(refused(Map.of("support", ConfiguredSystem.sql(SUPPORT_DB, null, "delete from tickets where email = :email", null))),
                allOf(containsString("\"support\".erase: :email is not a parameter"),
                        containsString("\"support\".access: an sql system that access requests reach needs its select")));
        assertThat(refused(Map.of("support", ConfiguredSystem.sql(SUPPORT_DB, null, null, "select 1; select 2"))),
                allOf(containsString("\"support\".erase: an sql system that erasures reach"),
                        containsString("\"support\".access: one select")));
    }

    @Test
    void aWebhookOverPlainHttpIsRefusedOutsideDevModeAndTheTests() {
        assertThat(refused(Map.of("camera", ConfiguredSystem.webhook("http://camera.example/dsr", "a-secret-of-enough-length"))),
                containsString("\"camera\".url: must be https://"));
    }

    @Test
    void anUnknownCategoryOrARequestTypeThatReachesNoSystemIsRefused() {
        ConfiguredSystem system = ConfiguredSystem.manual(List.of("videos"), List.of(RequestType.OBJECTION));
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
