package io.rightsflow.audit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Writes the chain's head to the log once a day. Kept outside the database (a log store, a
 * ticket, a mail to the auditors), each line lets an auditor show later, with
 * {@code GET /api/audit/verify?head=}, that no event up to it was removed or rewritten.
 */
@ApplicationScoped
public class HeadPublication {

    static final String LINE = "audit chain head %s (check it later with GET /api/audit/verify?head=%s)";

    private static final Logger LOG = Logger.getLogger(HeadPublication.class);

    @Inject
    AuditChain chain;

    @Scheduled(cron = "${rightsflow.audit.publish-head-cron:0 0 0 * * ?}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void daily() {
        publish();
    }

    /** Seals what waits, then logs where the chain ends; returns that head. */
    public ChainHead publish() {
        chain.seal();
        ChainHead head = chain.head();
        LOG.infof(LINE, head, head);
        return head;
    }
}
