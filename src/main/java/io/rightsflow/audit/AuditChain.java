package io.rightsflow.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Makes the audit trail tamper-evident: each committed event gets a seal holding the hash of the
 * seal before it and its own hash over the event's content. Sealing runs every second (and before
 * every check), one node at a time; a changed, removed or reordered event breaks the chain there.
 */
@ApplicationScoped
public class AuditChain {

    private static final int BATCH = 1000;

    @Inject
    AgroalDataSource db;

    /**
     * The outcome of a check: how many events are chained, how many wait for their seal, where it
     * broke, and the head of the chain as far as it holds.
     */
    public record Verification(boolean valid, long events, long pending, Long firstBrokenAt, String reason,
            ChainHead head) {
    }

    @Scheduled(every = "${rightsflow.audit.seal-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sealInBackground() {
        seal();
    }

    /** Seals every committed event that has no seal yet; returns how many. */
    public int seal() {
        int sealed = 0;
        int round;
        do {
            round = QuarkusTransaction.requiringNew().call(this::sealBatch);
            sealed += round;
        } while (round == BATCH);
        return sealed;
    }

    private int sealBatch() throws SQLException {
        try (Connection connection = db.getConnection()) {
            long seq;
            String hash;
            try (ResultSet head = connection.createStatement().executeQuery(
                    "select last_seq, last_hash from audit_chain_head where id = 1 for update")) {
                head.next();
                seq = head.getLong(1);
                hash = head.getString(2);
            }
            int sealed = 0;
            try (PreparedStatement unsealed = connection.prepareStatement(
                    "select e.id, e.at, e.kind, e.actor, e.request_id, e.profile_id, e.detail from audit_event e "
                            + "where not exists (select 1 from audit_seal s where s.event_id = e.id) order by e.id");
                    PreparedStatement insert = connection.prepareStatement(
                            "insert into audit_seal (seq, event_id, prev_hash, hash) values (?, ?, ?, ?)")) {
                unsealed.setMaxRows(BATCH);
                try (ResultSet events = unsealed.executeQuery()) {
                    while (events.next()) {
                        String next = hash(hash, events, 1);
                        insert.setLong(1, ++seq);
                        insert.setLong(2, events.getLong(1));
                        insert.setString(3, hash);
                        insert.setString(4, next);
                        insert.addBatch();
                        hash = next;
                        sealed++;
                    }
                }
                if (sealed > 0) {
                    insert.executeBatch();
                    try (PreparedStatement head = connection.prepareStatement(
                            "update audit_chain_head set last_seq = ?, last_hash = ? where id = 1")) {
                        head.setLong(1, seq);
                        head.setString(2, hash);
                        head.executeUpdate();
                    }
                }
            }
            return sealed;
        }
    }

    /**
     * Seals what waits, then recomputes the whole chain in order and names the first event that
     * breaks it. With {@code noted} (a head seen earlier, or null), the chain must still hold that
     * event with that hash: the chain alone cannot show that its newest events were cut off.
     */
    public Verification verify(ChainHead noted) {
        seal();
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection();
                    ResultSet chain = connection.createStatement().executeQuery(
                            "select s.seq, s.prev_hash, s.hash, e.id, e.at, e.kind, e.actor, e.request_id, e.profile_id,"
                                    + " e.detail from audit_seal s left join audit_event e on e.id = s.event_id"
                                    + " order by s.seq")) {
                ChainHead head = ChainHead.START;
                while (chain.next()) {
                    long seq = chain.getLong(1);
                    long eventId = chain.getLong(4);
                    String reason = null;
                    if (seq != head.number() + 1) {
                        reason = "a seal is missing before this event";
                    } else if (!head.hash().equals(chain.getString(2))) {
                        reason = "it does not follow the event before it";
                    } else if (chain.getObject(4) == null) {
                        reason = "the event was removed";
                    } else if (!hash(head.hash(), chain, 4).equals(chain.getString(3))) {
                        reason = "its content was changed";
                    } else if (noted != null && seq == noted.number() && !noted.hash().equals(chain.getString(3))) {
                        reason = "the event of the noted head " + noted.number() + " has another hash now: "
                                + "the events up to it were rewritten";
                    }
                    if (reason != null) {
                        return new Verification(false, head.number(), pending(connection), eventId == 0 ? null : eventId,
                                reason, head);
                    }
                    head = new ChainHead(seq, chain.getString(3));
                }
                if (noted != null && noted.number() > head.number()) {
                    return new Verification(false, head.number(), pending(connection), null, "the chain ends at "
                            + head.number() + ", before the noted head " + noted.number()
                            + ": the newest events were removed", head);
                }
                return new Verification(true, head.number(), pending(connection), null, null, head);
            }
        });
    }

    /** Where the chain ends now, as the sealer left it (not checked). */
    public ChainHead head() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection connection = db.getConnection(); ResultSet head = connection.createStatement().executeQuery(
                    "select last_seq, last_hash from audit_chain_head where id = 1")) {
                head.next();
                return new ChainHead(head.getLong(1), head.getString(2));
            }
        });
    }

    private static long pending(Connection connection) throws SQLException {
        try (ResultSet count = connection.createStatement().executeQuery("select count(*) from audit_event e "
                + "where not exists (select 1 from audit_seal s where s.event_id = e.id)")) {
            count.next();
            return count.getLong(1);
        }
    }

    /** SHA-256 over the previous hash and every field of the event, from column {@code first} on. */
    private static String hash(String previous, ResultSet event, int first) throws SQLException {
        Timestamp at = event.getTimestamp(first + 1);
        StringBuilder text = new StringBuilder(previous);
        text.append('\u001f').append(event.getLong(first))
                .append('\u001f').append(at.toInstant().truncatedTo(ChronoUnit.MICROS))
                .append('\u001f').append(event.getString(first + 2))
                .append('\u001f').append(event.getString(first + 3));
        for (int column = first + 4; column <= first + 6; column++) {
            String value = event.getString(column);
            text.append('\u001f').append(value == null ? "\u0000" : value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
