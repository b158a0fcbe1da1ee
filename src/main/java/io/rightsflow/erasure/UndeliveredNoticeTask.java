package io.rightsflow.erasure;

import io.rightsflow.account.AccessWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.account.AccountData;
import io.rightsflow.compliance.DecisionRecords;
import io.rightsflow.compliance.Timelines;
import io.rightsflow.desk.DeskTask;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_ResolveUndeliveredNotice of both erasures: the deletion-scheduled mail kept failing, so
 * the grace period has not started. Retry once the address or the server is fixed, or go on
 * without the notice, which needs the reason in writing. The reasons go with the account.
 */
@ApplicationScoped
class UndeliveredNoticeTask implements DeskTask, DecisionRecords, AccountData {

    @Inject
    Requests requests;

    /** The BPMN error the mail step throws when its retries run out. */
    static final String ERROR = "NOTICE_UNDELIVERABLE";
    static final String RETRY_NOTICE = "RETRY_NOTICE";
    static final String PROCEED_WITHOUT_NOTICE = "PROCEED_WITHOUT_NOTICE";

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_ResolveUndeliveredNotice";
    }

    @Override
    public List<String> decisions() {
        return List.of(RETRY_NOTICE, PROCEED_WITHOUT_NOTICE);
    }

    @Override
    public boolean needsReason(String decision) {
        return PROCEED_WITHOUT_NOTICE.equals(decision);
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        NoticeDecision record = new NoticeDecision();
        record.requestId = requestId;
        record.accountId = requests.find(requestId).accountId();
        record.decision = decision;
        record.decidedBy = actor;
        record.reason = reason;
        record.decidedAt = Instant.now(clock);
        record.persist();
    }

    @Override
    public List<Timelines.Event> of(String requestId) {
        return NoticeDecision.<NoticeDecision>list("requestId = ?1 order by decidedAt", requestId).stream()
                .map(d -> new Timelines.Event(d.decidedAt, "DECISION", d.decidedBy,
                        d.decision + (d.reason == null ? "" : ", reason: " + d.reason)))
                .toList();
    }

    @Override
    public String kind() {
        return "undelivered notice decisions";
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) NoticeDecision.delete("accountId", accountId);
    }

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        NoticeDecision.<NoticeDecision>list("accountId = ?1 order by decidedAt", accountId).forEach(d -> out.write(
                "undelivered-notice-decisions", new NoticeRow(d.requestId, d.decision, d.reason, d.decidedAt)));
    }

    record NoticeRow(String requestId, String decision, String reason, Instant decidedAt) {
    }
}
