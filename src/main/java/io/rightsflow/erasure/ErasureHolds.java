package io.rightsflow.erasure;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.hold.HoldView;
import io.rightsflow.hold.LegalHolds;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Read by both erasure diagrams at their hold step: {@code ${erasureHolds.held(execution)}} and the
 * timer {@code ${erasureHolds.heldUntil(execution)}}. A profile's erasure is held by a hold on the
 * profile or on its account; an account's, by a hold on the account or on any of its profiles.
 */
@Named
@ApplicationScoped
class ErasureHolds {

    /** The timer of a hold without an end date: it never fires; only lifting the hold ends the wait. */
    static final Instant NO_END = Instant.parse("9999-12-31T00:00:00Z");

    @Inject
    LegalHolds holds;

    @Inject
    Profiles profiles;

    /** The gateway's question; a "no" records the erasure as gone past its holds (LegalHolds#gate). */
    public boolean held(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        String profileId = (String) execution.getVariable("profileId");
        return !holds.gate((String) execution.getVariable("requestId"), accountId, profileId,
                erased(accountId, profileId)).isEmpty();
    }

    /**
     * When the last hold on it ends by its date, if none is open-ended. Holds can only be added or
     * lifted: a new one makes the timer fire early, the erasure checks again and waits on; lifting
     * one sends the message.
     */
    public Date heldUntil(DelegateExecution execution) {
        List<HoldView> current = of(execution);
        if (current.isEmpty()) {
            // lifted, or ended by its date, between the check and this wait (a lifting then finds
            // nobody waiting for its message): a date already past, so the erasure checks again at once
            return new Date(0);
        }
        if (current.stream().anyMatch(h -> h.until() == null)) {
            return Date.from(NO_END);
        }
        return Date.from(current.stream().map(HoldView::until).max(Instant::compareTo).orElseThrow());
    }

    /** The holds in force on what this erasure deletes. */
    List<HoldView> of(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        return holds.holding(accountId, erased(accountId, (String) execution.getVariable("profileId")));
    }

    private List<String> erased(String accountId, String profileId) {
        return profileId != null ? List.of(profileId)
                : profiles.ofAccount(accountId).stream().map(ProfileRef::id).filter(Objects::nonNull).toList();
    }
}
