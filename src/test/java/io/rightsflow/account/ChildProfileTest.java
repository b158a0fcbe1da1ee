package io.rightsflow.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Year;
import java.time.ZoneOffset;
import java.util.Map;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.measurement.Pseudonyms;
import io.rightsflow.support.Staff;
import io.rightsflow.support.Subject;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Art. 8: a secondary profile says its year of birth; a child's consent is the holder's, given on its behalf. */
@QuarkusTest
@Tag("database")
class ChildProfileTest {

    static final int THIS_YEAR = Year.now(ZoneOffset.UTC).getValue();

    @Inject
    Pseudonyms pseudonyms;

    @Test
    void aChildsProfileStaysOutOfTheResearchExtractUntilTheHolderConsents() {
        Subject holder = Subject.create("Parent");
        String child = holder.addProfile("Junior", THIS_YEAR - 10);
        weighIn(holder, child);
        String ref = pseudonyms.of(child);
        holder.api().get("/api/profiles/{id}/consents", child).then().statusCode(200).body("child", equalTo(true));

        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200).body("rows.profileRef", not(hasItem(ref)));

        holder.api().put("/api/profiles/{id}/consents/research", child).then().statusCode(200)
                .body("given", equalTo(true)).body("onBehalf", equalTo(true));

        Staff.ADMIN.api().get("/api/extracts/research").then().statusCode(200).body("rows.profileRef", hasItem(ref));
        holder.api().get("/api/profiles/{id}/consents", child).then()
                .body("history.find { it.purpose == 'RESEARCH' }.onBehalf", equalTo(true));
    }

    @Test
    void anAdultSecondaryProfilesConsentIsNotGivenOnItsBehalf() {
        Subject holder = Subject.create("Parent");
        String adult = holder.addProfile("Grandpa", 1950);
        weighIn(holder, adult);

        holder.api().get("/api/profiles/{id}/consents", adult).then().body("child", equalTo(false));
        holder.api().put("/api/profiles/{id}/consents/research", adult).then().statusCode(200)
                .body("given", equalTo(true)).body("onBehalf", equalTo(false));
        Staff.ADMIN.api().get("/api/extracts/research").then().body("rows.profileRef", hasItem(pseudonyms.of(adult)));
    }

    @Test
    void theYearOfBirthIsStoredAndListedWithTheProfile() {
        Subject holder = Subject.create("Parent");
        String child = holder.addProfile("Junior", THIS_YEAR - 10);
        String unsaid = holder.addProfile("Someone");

        holder.api().get("/api/accounts/{id}", holder.accountId()).then().statusCode(200)
                .body("profiles.find { it.profileId == '" + child + "' }.birthYear", equalTo(THIS_YEAR - 10))
                .body("profiles.find { it.profileId == '" + unsaid + "' }.birthYear", nullValue())
                .body("profiles.find { it.main }.birthYear", nullValue());
        assertEquals(THIS_YEAR - 10, QuarkusTransaction.requiringNew()
                .call(() -> Profile.<Profile>findById(child).birthYear));
    }

    @Test
    void aYearInTheFutureBefore1900OrNotAYearIsRefusedNamingTheFieldAndCreatesNothing() {
        Subject holder = Subject.create("Parent");
        for (Object year : new Object[] { THIS_YEAR + 1, 1899, 10, "soon" }) {
            holder.api().body(Map.of("name", "Junior", "birthYear", year))
                    .post("/api/accounts/{id}/profiles", holder.accountId()).then().statusCode(400)
                    .contentType("application/problem+json").body("detail", containsString("birthYear"));
        }
        holder.api().body(Map.of("name", "Junior", "birthYear", THIS_YEAR + 1))
                .post("/api/accounts/{id}/profiles", holder.accountId()).then().body("field", equalTo("birthYear"));
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> Profile.count("accountId",
                holder.accountId())), "only the main profile");
    }

    private static void weighIn(Subject holder, String profileId) {
        holder.api().body(Map.of("category", "weight", "takenAt", "2026-02-01T07:00:00Z", "value", 30, "unit", "kg"))
                .post("/api/profiles/{id}/measurements", profileId).then().statusCode(201);
    }
}
