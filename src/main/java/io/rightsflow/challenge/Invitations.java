package io.rightsflow.challenge;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.rightsflow.account.AccountRef;
import io.rightsflow.account.Accounts;
import io.rightsflow.account.AddressConfirmed;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.notification.NotificationKind;
import io.rightsflow.notification.Notifications;
import io.rightsflow.system.AddressHashes;
import io.rightsflow.system.ProblemException;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Invitations to a challenge, by address. The organiser hears the same whether or not an account
 * uses the address: an address without a confirmed account gets a waiting invitation (by its keyed
 * hash) that reaches the account which proves it. The invitee is told in our words only: the
 * challenge's name is the organiser's free text and never goes into a mail.
 */
@ApplicationScoped
class Invitations {

    static final String TITLE = "You are invited to a challenge";
    static final String TEXT = "Someone invited you to a step challenge. Open the app to see it and join.";

    @Inject
    Accounts accounts;

    @Inject
    Profiles profiles;

    @Inject
    AddressHashes hashes;

    @Inject
    Notifications notifications;

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.challenge.invitations-per-day", defaultValue = "20")
    int perDay;

    /** Invites the address, once; 429 beyond the organiser account's daily number, changing nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    void invite(Challenge challenge, String organiserAccountId, String email) {
        Instant now = Instant.now(clock);
        requireUnderDailyLimit(organiserAccountId, now);
        AccountRef invitee = accounts.byEmail(email);
        // An account that is not active (not yet confirmed, or closing) has not proven the address now.
        if (invitee != null && invitee.isActive()) {
            invited(challenge.id, invitee.id(), now);
        } else if (WaitingInvitation.count("challengeId = ?1 and addressHash = ?2", challenge.id, hashes.of(email)) == 0) {
            WaitingInvitation waiting = new WaitingInvitation();
            waiting.challengeId = challenge.id;
            waiting.addressHash = hashes.of(email);
            waiting.invitedAt = now;
            persistOnce(waiting);
        }
    }

    /** An account has proven its address: the invitations that waited for it are its own now. */
    void addressConfirmed(@Observes AddressConfirmed confirmed) {
        for (WaitingInvitation waiting : WaitingInvitation.<WaitingInvitation>list("addressHash",
                hashes.of(confirmed.email()))) {
            waiting.delete();
            invited(waiting.challengeId, confirmed.accountId(), waiting.invitedAt);
        }
    }

    private void invited(String challengeId, String accountId, Instant at) {
        if (ChallengeInvitation.count("challengeId = ?1 and accountId = ?2", challengeId, accountId) > 0) {
            return;
        }
        ChallengeInvitation invitation = new ChallengeInvitation();
        invitation.challengeId = challengeId;
        invitation.accountId = accountId;
        invitation.invitedAt = at;
        persistOnce(invitation);
        notifications.notify(accountId, NotificationKind.CHALLENGE_UPDATES, TITLE, TEXT);
    }

    /**
     * The database decides when the same address is invited twice at the same instant (a double
     * click): one invitation stays, and the other call hears a conflict instead of a failure.
     */
    private static void persistOnce(PanacheEntityBase row) {
        try {
            row.persistAndFlush();
        } catch (PersistenceException e) {
            // Both tables' primary keys (challenge and account, challenge and address) carry the table's name.
            if (UniqueConstraints.violated(e, "challenge_invitation")) {
                throw ProblemException.conflict("this address was invited to the challenge at this very moment: "
                        + "it is invited once");
            }
            throw e;
        }
    }

    /**
     * Counted by the database over the last day, among the invitations (waiting or not) to every
     * challenge that a profile of the account organises. A repeated invitation adds no row and so
     * does not count.
     */
    private void requireUnderDailyLimit(String accountId, Instant now) {
        List<String> organisers = profiles.ofAccount(accountId).stream().map(ProfileRef::id).toList();
        Instant since = now.minus(Duration.ofDays(1));
        String organised = "challengeId in (select c.id from Challenge c where c.organiserProfileId in ?1) and ";
        long sent = ChallengeInvitation.count(organised + "invitedAt > ?2", organisers, since)
                + WaitingInvitation.count(organised + "invitedAt > ?2", organisers, since);
        if (sent >= perDay) {
            throw new ProblemException(Response.Status.TOO_MANY_REQUESTS, "at most " + perDay
                    + " challenge invitations a day per account: invite more tomorrow");
        }
    }
}
