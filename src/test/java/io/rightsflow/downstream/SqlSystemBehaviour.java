package io.rightsflow.downstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import jakarta.inject.Inject;

/**
 * An sql system against a real database of its own: a support tool's customers and tickets, for two
 * profiles of one account and a profile of another. Each database kind runs these in its subclass.
 */
@Tag("database")
abstract class SqlSystemBehaviour {

    static final String SUBJECT = "6f1c2a54-0d1e-4c3b-9a10-000000000001";
    static final String SIBLING = "6f1c2a54-0d1e-4c3b-9a10-000000000003";
    static final String OTHER = "6f1c2a54-0d1e-4c3b-9a10-000000000002";
    static final String ACCOUNT = "a0000000-0000-4000-8000-00000000000a";
    static final String OTHER_ACCOUNT = "a0000000-0000-4000-8000-00000000000b";

    @Inject
    SqlSystems sql;

    /** The test database, created when missing, reached as an admin. */
    abstract String jdbcUrl();

    abstract String user();

    /** The type of the support tool's profile id column. */
    abstract String profileIdType();

    /** :profileId as the support tool's column type needs it. */
    abstract String profileId();

    /** The same kind of database on a port where nothing listens. */
    abstract String unreachableJdbcUrl();

    /** Creates the test database when it is missing. */
    abstract void createDatabase() throws SQLException;

    @BeforeEach
    void aSupportToolWithRowsOfThreeProfiles() throws SQLException {
        createDatabase();
        execute("drop table if exists tickets", "drop table if exists customers",
                "create table customers (profile_id " + profileIdType() + ", account_id varchar(36), email varchar(100) unique, name varchar(100))",
                "create table tickets (id int primary key, profile_id " + profileIdType() + ", account_id varchar(36), body varchar(200))",
                "insert into customers values ('" + SUBJECT + "', '" + ACCOUNT + "', 'alice@example.com', 'Alice'),"
                        + " ('" + SIBLING + "', '" + ACCOUNT + "', 'carol@example.com', 'Carol'),"
                        + " ('" + OTHER + "', '" + OTHER_ACCOUNT + "', 'bob@example.com', 'Bob')",
                "insert into tickets values (1, '" + SUBJECT + "', '" + ACCOUNT + "', 'Camera offline'),"
                        + " (2, '" + SUBJECT + "', '" + ACCOUNT + "', 'He said \"hi\", then left\nagain'),"
                        + " (3, '" + SIBLING + "', '" + ACCOUNT + "', 'Sibling''s ticket'),"
                        + " (4, '" + OTHER + "', '" + OTHER_ACCOUNT + "', 'Bob''s ticket')");
    }

    String erase() {
        return "delete from tickets where profile_id = " + profileId() + ";\n"
                + "/* the customer stays, for the invoices; its name says why */\n"
                + "update customers set email = null, name = 'erased: by request; see :profileId' where profile_id = " + profileId();
    }

    @Test
    void aProfilesErasureDeletesAndAnonymisesOnlyItsRowsAndCountsThem() throws SQLException {
        Answer answer = sql.run(call("PROFILE_ERASURE", SUBJECT, ACCOUNT, null), system(erase(), null));

        assertEquals(new Answer(Answer.Outcome.COMPLETED, 3L, "3 rows deleted or anonymised", null), answer);
        assertEquals(List.of("3", "4"), rows("select id from tickets order by id"));
        assertEquals(List.of(OTHER + "|bob@example.com|Bob", SIBLING + "|carol@example.com|Carol",
                SUBJECT + "|null|erased: by request; see :profileId"),
                rows("select profile_id, email, name from customers order by name"));
    }

    @Test
    void anAccountsErasureRunsForEachOfItsProfilesAndLeavesOtherAccountsAlone() throws SQLException {
        Answer answer = sql.run(call("ACCOUNT_ERASURE", null, ACCOUNT, SUBJECT + "," + SIBLING), system(erase(), null));

        assertEquals(new Answer(Answer.Outcome.COMPLETED, 5L, "5 rows deleted or anonymised", null), answer);
        assertEquals(List.of("4"), rows("select id from tickets order by id"));
        assertEquals(List.of("bob@example.com|Bob", "null|erased: by request; see :profileId",
                "null|erased: by request; see :profileId"), rows("select email, name from customers order by name"));
    }

    @Test
    void anAccountWithoutProfilesIsErasedOnceWithNoProfileBound() throws SQLException {
        String byAccount = "delete from tickets where account_id = :accountId;"
                + " update customers set name = 'erased' where profile_id = " + profileId();

        Answer answer = sql.run(call("ACCOUNT_ERASURE", null, ACCOUNT, ""), system(byAccount, null));

        assertEquals(3L, answer.count());
        assertEquals(List.of("4"), rows("select id from tickets order by id"));
        assertEquals(List.of("Alice", "Bob", "Carol"), rows("select name from customers order by name"));
    }

    @Test
    void aFailingSecondStatementRollsBackTheFirstAndTheRefusalNamesNeitherSubjectNorRow() throws SQLException {
        String clash = "delete from tickets where profile_id = " + profileId() + ";"
                + " update customers set email = 'bob@example.com' where profile_id = " + profileId();

        SystemRefused refused = assertThrows(SystemRefused.class,
                () -> sql.run(call("PROFILE_ERASURE", SUBJECT, ACCOUNT, null), system(clash, null)));

        assertEquals(List.of("1", "2", "3", "4"), rows("select id from tickets order by id"));
        assertEquals(List.of("alice@example.com", "bob@example.com", "carol@example.com"),
                rows("select email from customers order by email"));
        assertTrue(refused.getMessage().startsWith("sql system support-tool: failed at erase statement 2 of 2 (SQLState 23"),
                refused.getMessage());
        assertNoPersonalData(refused);
    }

    @Test
    void anAccountsErasureIsOneTransactionForAllItsProfiles() throws SQLException {
        // the second profile's update clashes with the first's: the first profile's rows come back too
        String clash = "delete from tickets where profile_id = " + profileId() + ";"
                + " update customers set email = 'erased@example.com' where profile_id = " + profileId();

        SystemRefused refused = assertThrows(SystemRefused.class,
                () -> sql.run(call("ACCOUNT_ERASURE", null, ACCOUNT, SUBJECT + "," + SIBLING), system(clash, null)));

        assertEquals(List.of("1", "2", "3", "4"), rows("select id from tickets order by id"));
        assertEquals(List.of("alice@example.com", "bob@example.com", "carol@example.com"),
                rows("select email from customers order by email"));
        assertNoPersonalData(refused);
    }

    @Test
    void anAccessRequestReturnsExactlyTheSubjectsRowsAsCsv() {
        String select = "select t.id, c.email, t.body from tickets t join customers c on c.profile_id = t.profile_id"
                + " where t.profile_id = " + profileId() + " order by t.id";

        Answer answer = sql.run(call("ACCESS", SUBJECT, ACCOUNT, null), system(null, select));

        assertEquals(Answer.Outcome.COMPLETED, answer.outcome());
        assertEquals(2L, answer.count());
        assertEquals("rows.csv", answer.data().fileName());
        assertEquals("text/csv", answer.data().contentType());
        assertEquals("id,email,body\r\n"
                + "1,alice@example.com,Camera offline\r\n"
                + "2,alice@example.com,\"He said \"\"hi\"\", then left\nagain\"\r\n",
                new String(answer.data().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anAccountsAccessListsARowItsProfilesShareOnce() {
        String select = "select email, name from customers where account_id = :accountId order by name";

        Answer answer = sql.run(call("ACCESS", null, ACCOUNT, SUBJECT + "," + SIBLING), system(null, select));

        assertEquals(2L, answer.count());
        assertEquals("email,name\r\nalice@example.com,Alice\r\ncarol@example.com,Carol\r\n",
                new String(answer.data().bytes(), StandardCharsets.UTF_8));
    }

    @Test
    void anAccessStatementThatWritesIsRefusedAndChangesNothing() throws SQLException {
        SystemRefused refused = assertThrows(SystemRefused.class, () -> sql.run(call("ACCESS", SUBJECT, ACCOUNT, null),
                system(null, "delete from tickets where profile_id = " + profileId())));

        assertEquals(List.of("1", "2", "3", "4"), rows("select id from tickets order by id"));
        assertTrue(refused.getMessage().startsWith("sql system support-tool: failed at its access select (SQLState "),
                refused.getMessage());
        assertNoPersonalData(refused);
    }

    @Test
    void aDatabaseThatCannotBeReachedIsRefusedNamingTheSystem() {
        DownstreamSystem unreachable = ConfiguredSystem.supportTool(unreachableJdbcUrl(), user(), erase(), null);

        SystemRefused refused = assertThrows(SystemRefused.class,
                () -> sql.run(call("PROFILE_ERASURE", SUBJECT, ACCOUNT, null), unreachable));

        assertTrue(refused.getMessage().startsWith("sql system support-tool: could not connect (SQLState 08"),
                refused.getMessage());
        assertNoPersonalData(refused);
    }

    /** Nothing of the subject nor of a row: the message and the cause end up in the incident and the log. */
    static void assertNoPersonalData(SystemRefused refused) {
        for (String personal : List.of(SUBJECT, SIBLING, ACCOUNT, "alice", "bob", "carol", "erased@")) {
            assertFalse(refused.getMessage().toLowerCase().contains(personal), refused.getMessage());
        }
        assertNull(refused.getCause());
    }

    static SystemCall call(String type, String profileId, String accountId, String profileIds) {
        SystemCall call = new SystemCall();
        call.id = "call-1";
        call.requestId = "request-1";
        call.systemId = "support-tool";
        call.kind = SystemsConfig.Kind.SQL;
        call.requestType = type;
        call.profileId = profileId;
        call.accountId = accountId;
        call.profileIds = profileIds;
        call.status = SystemCall.Status.PENDING;
        return call;
    }

    DownstreamSystem system(String erase, String access) {
        return ConfiguredSystem.supportTool(jdbcUrl(), user(), erase, access);
    }

    void execute(String... statements) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), null);
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    /** Each row of a query, its columns joined by |. */
    List<String> rows(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(jdbcUrl(), user(), null);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(query)) {
            while (result.next()) {
                List<String> columns = new ArrayList<>();
                for (int c = 1; c <= result.getMetaData().getColumnCount(); c++) {
                    columns.add(result.getString(c));
                }
                rows.add(String.join("|", columns));
            }
        }
        return rows;
    }
}
