package io.rightsflow.erasure;

import java.util.concurrent.atomic.AtomicReference;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Test double of a crash in the middle of a purge: for the armed profile, the first batch fails
 * after the measurements of that batch were deleted, which the rollback must undo; for the
 * broken profile, every batch fails.
 */
@ApplicationScoped
public class InterruptedPurge implements ProfileData {

    static final AtomicReference<String> ARMED_FOR = new AtomicReference<>();
    /** Fails every time for this profile, until cleared: a purge that needs an operator. */
    static final AtomicReference<String> BROKEN_FOR = new AtomicReference<>();

    @Override
    public String kind() {
        return "interruptions";
    }

    @Override
    public int order() {
        return 15;
    }

    /** Keeps no rows: nothing to move. */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    /** Keeps no rows: nothing to copy. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        if (profileId.equals(BROKEN_FOR.get())) {
            throw new IllegalStateException("simulated lasting failure of a purge batch");
        }
        if (profileId.equals(ARMED_FOR.getAndUpdate(armed -> profileId.equals(armed) ? null : armed))) {
            throw new IllegalStateException("simulated crash in the middle of a purge batch");
        }
        return 0;
    }
}
