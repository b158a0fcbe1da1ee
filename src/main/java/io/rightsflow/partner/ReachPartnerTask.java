package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.desk.DeskTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_ReachPartner at the desk: a partner never accepted a notice (of an erasure or
 * another change). RETRY once the
 * partner is fixed (the notice is sent with a fresh set of retries); GIVE_UP with the reason,
 * which stays here and is shown to auditors (Art. 19: "unless this proves impossible").
 */
@ApplicationScoped
class ReachPartnerTask implements DeskTask {

    static final String RETRY = "RETRY";
    static final String GIVE_UP = "GIVE_UP";

    @Inject
    Clock clock;

    @Override
    public String taskKey() {
        return "UserTask_ReachPartner";
    }

    @Override
    public List<String> decisions() {
        return List.of(RETRY, GIVE_UP);
    }

    @Override
    public boolean needsReason(String decision) {
        return GIVE_UP.equals(decision);
    }

    @Override
    public String about(String processInstanceId) {
        NoticeToPartner notice = NoticeToPartner.ofProcess(processInstanceId);
        return notice == null ? null : notice.kind.words() + " to partner " + notice.partnerId + " (link " + notice.grantId + ")";
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        throw new IllegalStateException("a decision on a notice to a partner needs its process: one per partner");
    }

    @Override
    public void decide(String requestId, String processInstanceId, String decision, String reason, String actor) {
        NoticeToPartner notice = NoticeToPartner.ofProcess(processInstanceId);
        notice.decision = decision;
        notice.decidedBy = actor;
        notice.decidedAt = Instant.now(clock);
        notice.reason = reason;
        if (GIVE_UP.equals(decision)) {
            notice.status = NoticeToPartner.Status.GIVEN_UP;
            notice.endedAt = notice.decidedAt;
        }
    }
}
