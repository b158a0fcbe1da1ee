package io.rightsflow.security;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class VerifiedCredentialsTest {

    @Inject
    MeterRegistry registry;

    @Test
    void aClientCallingAgainWithTheSamePasswordPaysBcryptOnce() {
        Subject subject = Subject.create();
        double before = verifications();

        for (int i = 0; i < 5; i++) {
            subject.api().get("/api/me").then().statusCode(200);
        }

        assertEquals(before + 1, verifications());
    }

    @Test
    void aWrongPasswordIsCheckedEvenWhileTheRightOneIsRemembered() {
        Subject subject = Subject.create();
        subject.api().get("/api/me").then().statusCode(200);
        double before = verifications();

        given().auth().preemptive().basic(subject.email(), "Other-Passw0rd!").get("/api/me").then().statusCode(401);

        assertEquals(before + 1, verifications());
    }

    @Test
    void aResetStaffPasswordRefusesTheRememberedOldOneOnTheNextCall() {
        Staff agent = Staff.create("agent");
        agent.api().get("/api/me").then().statusCode(200);
        agent.api().get("/api/me").then().statusCode(200);

        Staff.ADMIN.api().body(Map.of("password", "Changed-Passw0rd!"))
                .put("/api/staff/{username}/password", agent.username()).then().statusCode(204);

        agent.api().get("/api/me").then().statusCode(401);
    }

    @Test
    void aDisabledStaffUserIsRefusedOnTheNextCallThoughRemembered() {
        Staff auditor = Staff.create("auditor");
        auditor.api().get("/api/me").then().statusCode(200);

        Staff.ADMIN.api().post("/api/staff/{username}/disable", auditor.username()).then().statusCode(200);

        double before = verifications();
        auditor.api().get("/api/me").then().statusCode(401);
        assertEquals(before + 1, verifications(), "refused like an unknown username, with one bcrypt check");
    }

    private double verifications() {
        return registry.counter(LoginIdentityProvider.VERIFICATIONS).count();
    }
}
