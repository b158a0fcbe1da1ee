package io.rightsflow.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("database")
class SqlStatementsTest {

    @Test
    void eachNamedParameterBecomesAPlaceholderInItsOrder() {
        assertEquals(List.of(new SqlStatements("delete from t where a = ? and p = ? or p2 = ?",
                List.of("accountId", "profileId", "profileId"))),
                SqlStatements.parse("delete from t where a = :accountId and p = :profileId or p2 = :profileId"));
    }

    @Test
    void statementsAreSplitAtSemicolonsAndBlankOnesLeftOut() {
        assertEquals(List.of(new SqlStatements("delete from a where p = ?", List.of("profileId")),
                new SqlStatements("update b set n = null where p = ?", List.of("profileId"))),
                SqlStatements.parse(" delete from a where p = :profileId;\n update b set n = null where p = :profileId ;; \n"));
    }

    @Test
    void aPostgresqlCastStaysACastAfterAParameterOrAColumn() {
        assertEquals(List.of(new SqlStatements("select c::text from t where p = ?::uuid", List.of("profileId"))),
                SqlStatements.parse("select c::text from t where p = :profileId::uuid"));
    }

    @Test
    void colonsAndSemicolonsInQuotesAndCommentsAreText() {
        String script = "update t set n = 'erased: :profileId; it''s gone', \"odd:name\" = 1, `x;y` = 2"
                + " /* :accountId; */ where p = :profileId -- and :nothing; here\n";
        assertEquals(List.of(new SqlStatements("update t set n = 'erased: :profileId; it''s gone', \"odd:name\" = 1, `x;y` = 2"
                + " /* :accountId; */ where p = ? -- and :nothing; here", List.of("profileId"))),
                SqlStatements.parse(script));
    }

    @Test
    void aParameterWeDoNotBindIsRefusedByItsName() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> SqlStatements.parse("delete from t where e = :email"));
        assertEquals(":email is not a parameter we bind; use :profileId or :accountId", refused.getMessage());
    }

    @Test
    void anUnclosedQuoteIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SqlStatements.parse("delete from t where n = 'x; delete from u"));
    }

    @Test
    void aColonNotFollowedByANameIsLeftAsItIs() {
        assertEquals(List.of(new SqlStatements("set @n := 1", List.of())), SqlStatements.parse("set @n := 1"));
    }
}
