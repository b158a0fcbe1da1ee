package io.rightsflow.sharing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.AddressConfirmed;
import io.rightsflow.support.Subject;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class WaitingShareTest {

    @Inject
    Event<AddressConfirmed> confirmations;

    @Inject
    SharingData sharingData;

    @Inject
    ViewerData viewerData;

    @Inject
    Accounts accounts;

    @Inject
    AgroalDataSource db;

    @Test
    void sharingWithAnAddressWithoutAnAccountAnswersExactlyAsSharingWithAnAccount() {
        Subject owner = Subject.create();
        Subject viewer = Subject.create();
        String nobody = "nobody-" + UUID.randomUUID() + "@example.test";

        var withAccount = owner.api().body(Map.of("email", viewer.email()))
                .post("/api/profiles/{id}/shares", owner.mainProfileId()).then().statusCode(201)
                .contentType(ContentType.JSON).extract();
        var withoutAccount = owner.api().body(Map.of("email", nobody))
                .post("/api/profiles/{id}/shares", owner.mainProfileId()).then().statusCode(201)
                .contentType(ContentType.JSON).extract();

        assertEquals(withAccount.jsonPath().getMap("").keySet(), withoutAccount.jsonPath().getMap("").keySet());
        assertEquals(withAccount.header("Location").replace(withAccount.path("shareId"), "{id}"),
                withoutAccount.header("Location").replace(withoutAccount.path("shareId"), "{id}"));
        for (String address : new String[] { viewer.email(), nobody.toUpperCase() }) {
            owner.api().body(Map.of("email", address)).post("/api/profiles/{id}/shares", owner.mainProfileId()).then()
                    .statusCode(409).body("detail", not(containsString(address)));
        }
        var listed = owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().statusCode(200)
                .body("", hasSize(2))
                .body("find { it.shareId == '" + withoutAccount.path("shareId") + "' }.email", equalTo(nobody))
                .body("find { it.shareId == '" + withAccount.path("shareId") + "' }.email", equalTo(viewer.email()))
                .extract().jsonPath();
        assertEquals(listed.getMap("[0]").keySet(), listed.getMap("[1]").keySet(), "the list tells nothing either");
    }

    @Test
    void aWaitingShareReachesTheAccountThatConfirmsTheAddressAndNotBefore() {
        Subject owner = Subject.create();
        String kim = owner.addProfile("Kim");
        String address = "later-" + UUID.randomUUID() + "@example.test";
        String shareId = owner.api().body(Map.of("email", address)).post("/api/profiles/{id}/shares", kim).then()
                .statusCode(201).extract().path("shareId");

        Map<String, String> created = given().contentType(ContentType.JSON)
                .body(Map.of("email", address, "password", Subject.PASSWORD, "profileName", "Lee"))
                .post("/api/accounts").then().statusCode(201).extract().jsonPath().getMap("");
        Subject viewer = new Subject(address, Subject.PASSWORD, created.get("accountId"), created.get("mainProfileId"));
        viewer.api().get("/api/shared-with-me").then().statusCode(403);
        owner.api().get("/api/profiles/{id}/shares", kim).then().body("[0].shareId", equalTo(shareId));
        assertEquals(0L, (long) QuarkusTransaction.requiringNew()
                .call(() -> DashboardShare.count("viewerAccountId", viewer.accountId())), "signing up alone proves nothing");

        given().post(viewer.confirmationLink()).then().statusCode(200);

        viewer.api().get("/api/shared-with-me").then().statusCode(200).body("", hasSize(1))
                .body("[0].profileId", equalTo(kim)).body("[0].name", equalTo("Kim"));
        owner.api().get("/api/profiles/{id}/shares", kim).then().body("", hasSize(1))
                .body("[0].shareId", equalTo(shareId))
                .body("[0].email", equalTo(address));
        owner.api().delete("/api/profiles/{id}/shares/{share}", kim, shareId).then().statusCode(204);
        viewer.api().get("/api/shared-with-me").then().body("", hasSize(0));
    }

    @Test
    void theOwnerCanStopAWaitingShareAndThenNoConfirmationBringsItBack() {
        Subject owner = Subject.create();
        Subject later = Subject.create();
        String address = "stopped-" + UUID.randomUUID() + "@example.test";
        String shareId = owner.api().body(Map.of("email", address)).post("/api/profiles/{id}/shares",
                owner.mainProfileId()).then().statusCode(201).extract().path("shareId");
        owner.api().delete("/api/profiles/{id}/shares/{share}", owner.mainProfileId(), shareId).then().statusCode(204);

        QuarkusTransaction.requiringNew().run(() -> confirmations.fire(new AddressConfirmed(later.accountId(), address)));

        later.api().get("/api/shared-with-me").then().body("", hasSize(0));
        owner.api().get("/api/profiles/{id}/shares", owner.mainProfileId()).then().body("", hasSize(0));
    }

    @Test
    void erasingTheProfileOrTheAddressesAccountRemovesTheWaitingShares() throws Exception {
        Subject owner = Subject.create();
        String kim = owner.addProfile("Kim");
        Subject closing = Subject.create();
        owner.api().body(Map.of("email", "gone-" + UUID.randomUUID() + "@example.test"))
                .post("/api/profiles/{id}/shares", kim).then().statusCode(201);
        assertEquals(1, count("select count(*) from waiting_share where profile_id = ?", kim));

        QuarkusTransaction.requiringNew().run(() -> sharingData.purge(kim, 100));
        assertEquals(0, count("select count(*) from waiting_share where profile_id = ?", kim));

        // A share made while the account at the address was closing waits for the address; the account's erasure ends it.
        QuarkusTransaction.requiringNew().run(() -> accounts.markPendingDeletion(closing.accountId()));
        owner.api().body(Map.of("email", closing.email())).post("/api/profiles/{id}/shares", owner.mainProfileId())
                .then().statusCode(201);
        assertEquals(1, count("select count(*) from waiting_share where profile_id = ?", owner.mainProfileId()));
        QuarkusTransaction.requiringNew().run(() -> viewerData.purge(closing.accountId(), 100));
        assertEquals(0, count("select count(*) from waiting_share where profile_id = ?", owner.mainProfileId()));
    }

    private long count(String sql, String parameter) throws Exception {
        try (var connection = db.getConnection(); var query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (var result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
