package io.rightsflow.erasure;

import java.util.Comparator;
import java.util.List;
import java.util.function.ObjIntConsumer;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * One bounded batch of a profile's purge across every {@link ProfileData} owner, shared by the
 * profile and the account erasure. Rows that reference others go first (owners by order).
 */
@ApplicationScoped
class ProfilePurge {

    @Inject
    Instance<ProfileData> owners;

    /**
     * Deletes at most {@code budget} rows of the profile, telling {@code counted} how many of
     * which kind; returns the budget left. Some left over means the profile has no rows left.
     */
    public int batch(String profileId, int budget, ObjIntConsumer<String> counted) {
        for (ProfileData owner : ordered()) {
            int deleted = owner.purge(profileId, budget);
            counted.accept(owner.kind(), deleted);
            // An owner may delete a few more than asked when its rows belong together (an objection and its restrictions).
            budget = Math.max(0, budget - deleted);
            if (budget == 0) {
                break;
            }
        }
        return budget;
    }

    private List<ProfileData> ordered() {
        return owners.stream().sorted(Comparator.comparingInt(ProfileData::order)).toList();
    }
}
