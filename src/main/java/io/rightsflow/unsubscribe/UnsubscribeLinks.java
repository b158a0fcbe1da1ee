package io.rightsflow.unsubscribe;

import java.time.Duration;
import java.util.Optional;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The unsubscribe link of each marketing mail: an email link (256 random bits, only its hash kept)
 * of its own purpose, issued for the account, as the account's own links are (so it goes when the
 * account is erased, and its copy lists it). It stands for the account holder's main profile and
 * the purpose direct marketing, and nothing else. Not single use: it stops the mails however often
 * it is followed, until it expires.
 */
@ApplicationScoped
public class UnsubscribeLinks {

    static final String PURPOSE = "marketing-unsubscribe";
    static final String PATH = "/unsubscribe/";

    @Inject
    Links links;

    @Inject
    Profiles profiles;

    /** Long: a tip may be read months after it came, and its link must still work. */
    @ConfigProperty(name = "rightsflow.notifications.unsubscribe-validity", defaultValue = "P365D")
    Duration validity;

    /**
     * A new link for one mail to this account, as an absolute URL. It commits before the mail goes:
     * should the mail step fail after the mail left (its transaction rolled back), the link in that
     * mail works all the same. A retried step that sends again mails a link of its own.
     */
    public String issue(String accountId) {
        String token = QuarkusTransaction.requiringNew().call(() -> links.issueToken(PURPOSE, accountId, validity));
        return links.absolute(PATH + token);
    }

    /** The main profile of the account the link was mailed to; empty for an unknown or expired link. */
    Optional<ProfileRef> holder(String token) {
        return links.holder(token, PURPOSE)
                .flatMap(accountId -> profiles.ofAccount(accountId).stream().filter(ProfileRef::main).findFirst());
    }
}
