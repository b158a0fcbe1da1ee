package io.rightsflow.challenge;

import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;

/** The challenge invitations of an erased account go with it. */
@ApplicationScoped
class InvitationData implements AccountData {

    @Override
    public String kind() {
        return "challenge invitations";
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) ChallengeInvitation.delete("accountId", accountId);
    }
}
