package io.rightsflow.link;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.UUID;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.rightsflow.support.Rows;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinksTest {

    @Inject
    Links links;

    @Inject
    AgroalDataSource db;

    @Test
    void onlyTheHashOfTheTokenIsStored() throws Exception {
        String url = QuarkusTransaction.requiringNew()
                .call(() -> links.issue("test-hash", UUID.randomUUID().toString(), Duration.ofDays(1)));
        String token = url.substring(url.indexOf("/links/") + "/links/".length());

        assertEquals(0, (long) QuarkusTransaction.requiringNew().call(() -> LinkToken.count("tokenHash = ?1", token)));
        assertEquals(1, (long) QuarkusTransaction.requiringNew()
                .call(() -> LinkToken.count("tokenHash = ?1", Links.hash(token))));
        assertEquals(0, Rows.mentioning(db, token), "the raw token is in no table");
    }
}
