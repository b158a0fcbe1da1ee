package io.rightsflow.account;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.security.NoticeStanding;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Which privacy notice (Art. 13) each account accepted: asked at sign-up, and again after the
 * version changes ({@link NoticeGate}), until the holder accepts the one in force.
 */
@ApplicationScoped
public class Notices implements NoticeStanding {

    @Inject
    PrivacyNotice notice;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Override
    @Transactional
    public Standing of(String accountId) {
        Account account = accountId == null ? null : Account.findById(accountId);
        return account == null ? null
                : new Standing(account.noticeVersion, notice.isCurrent(account.noticeVersion), notice.version());
    }

    /** Whether the account has accepted the notice in force; one indexed read, made on every page a subject opens. */
    @Transactional
    public boolean isCurrent(String accountId) {
        String accepted = Account.getEntityManager().createQuery("select a.noticeVersion from Account a where a.id = ?1",
                String.class).setParameter(1, accountId).getResultStream().findFirst().orElse(null);
        return notice.isCurrent(accepted);
    }

    /**
     * The holder accepts this version, which must be the one in force (400 naming it otherwise).
     * One conditional update: of two at once (a double click) the second finds the version accepted
     * already and changes nothing, so the first time stands and is recorded once.
     */
    @Transactional
    public Standing accept(String accountId, String version, String actor) {
        if (version == null || !notice.isCurrent(version.strip())) {
            throw ProblemException.badRequest((version == null || version.isBlank() ? "name the version you accept"
                    : "version " + version.strip() + " is not the privacy notice in force")
                    + ": the one in force is version " + notice.version() + " (" + PrivacyNotice.PAGE + ")")
                    .with("field", "version").with("currentNotice", notice.version());
        }
        int accepted = Account.update("noticeVersion = ?1, noticeAcceptedAt = ?2 where id = ?3"
                + " and (noticeVersion is null or noticeVersion <> ?1)", notice.version(), Instant.now(clock), accountId);
        if (accepted == 1) {
            audit.record("NOTICE_ACCEPTED", actor, null,
                    Profile.ofAccount(accountId).stream().map(p -> p.id).findFirst().orElse(null),
                    "notice=" + notice.version());
        }
        Standing standing = of(accountId);
        if (standing == null) {
            throw ProblemException.notFound("account " + accountId);
        }
        return standing;
    }
}
