package io.rightsflow.challenge;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.system.AddressHashes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The challenge invitations of an erased account go with it, and those still waiting for its address
 * (made while it was not confirmed): not even the hash of its address stays.
 */
@ApplicationScoped
class InvitationData implements AccountData {

    @Inject
    Accounts accounts;

    @Inject
    AddressHashes hashes;

    @Override
    public String kind() {
        return "challenge invitations";
    }

    @Override
    public int purge(String accountId, int limit) {
        long deleted = ChallengeInvitation.delete("accountId", accountId);
        AccountRef account = accounts.find(accountId);
        if (account != null) {
            deleted += WaitingInvitation.delete("addressHash", hashes.of(account.email()));
        }
        return (int) deleted;
    }

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        for (ChallengeInvitation invitation : ChallengeInvitation.<ChallengeInvitation>list(
                "accountId = ?1 order by invitedAt", accountId)) {
            Challenge challenge = Challenge.findById(invitation.challengeId);
            out.write("challenge-invitations", new Invited(invitation.challengeId,
                    challenge == null ? null : challenge.name, invitation.invitedAt));
        }
    }

    record Invited(String challengeId, String challenge, java.time.Instant invitedAt) {
    }
}
