package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.rightsflow.desk.DeskTask;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * UserTask_ReachPartner at the desk: a partner never accepted an erasure notice. RETRY once the
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
        ErasureNotice notice = ErasureNotice.ofProcess(processInstanceId);
        return notice == null ? null : "erasure notice to partner " + notice.partnerId + " (link " + notice.grantId + ")";
    }

    @Override
    public void decide(String requestId, String decision, String reason, String actor) {
        throw new IllegalStateException("a decision on an erasure notice needs its process: one per partner");
    }

    @Override
    public void decide(String requestId, String processInstanceId, String decision, String reason, String actor) {
        ErasureNotice notice = ErasureNotice.ofProcess(processInstanceId);
        notice.decision = decision;
        notice.decidedBy = actor;
        notice.decidedAt = Instant.now(clock);
        notice.reason = reason;
        if (GIVE_UP.equals(decision)) {
            notice.status = ErasureNotice.Status.GIVEN_UP;
            notice.endedAt = notice.decidedAt;
        }
    }
}
