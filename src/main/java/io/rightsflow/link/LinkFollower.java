package io.rightsflow.link;

import java.util.Map;

import io.rightsflow.audit.AuditTrail;
import io.rightsflow.link.LinkAction.Description;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Looks at a link (changing nothing) or follows it (once: the row is locked while it acts). */
@ApplicationScoped
class LinkFollower {

    @Inject
    Links links;

    @Inject
    Instance<LinkAction> actions;

    @Inject
    Instance<LinkDownload> downloads;

    @Inject
    Instance<LinkGuard> guards;

    @Inject
    AuditTrail audit;

    record Outcome(Links.State state, Description description, LinkDownload.Download download) {
        Outcome(Links.State state, Description description) {
            this(state, description, null);
        }
    }

    @Transactional
    Outcome look(String token) {
        LinkToken link = links.find(token);
        Links.State state = links.state(link);
        if (state != Links.State.VALID) {
            return new Outcome(state, null);
        }
        LinkDownload download = download(link.purpose);
        if (download == null && action(link.purpose) == null) {
            return new Outcome(Links.State.UNKNOWN, null); // a link of a feature's own page, not of these
        }
        guard(link);
        if (download != null) {
            return deliver(link, download);
        }
        return new Outcome(state, action(link.purpose).describe(link.requestId));
    }

    /** A download link stays valid until it expires; the file may have gone before (410 then). */
    private Outcome deliver(LinkToken link, LinkDownload download) {
        LinkDownload.Download file = download.file(link.requestId);
        if (file == null) {
            return new Outcome(Links.State.EXPIRED, null);
        }
        audit.record("LINK_DOWNLOADED", "link", link.requestId, null, "purpose=" + link.purpose + " link=" + link.id);
        return new Outcome(Links.State.VALID, null, file);
    }

    @Transactional
    Outcome follow(String token, Map<String, String> form) {
        LinkToken link = links.findForUpdate(token);
        Links.State state = links.state(link);
        if (state != Links.State.VALID) {
            return new Outcome(state, null);
        }
        LinkDownload download = download(link.purpose);
        if (download == null && action(link.purpose) == null) {
            return new Outcome(Links.State.UNKNOWN, null);
        }
        guard(link);
        if (download != null) {
            return deliver(link, download);
        }
        Description done = action(link.purpose).perform(link.requestId, form);
        links.markUsed(link);
        return new Outcome(state, done);
    }

    /** A guard's refusal leaves the link as it was: it works again once the guard allows it. */
    private void guard(LinkToken link) {
        for (LinkGuard guard : guards) {
            String refusal = guard.refusal(link.requestId, link.purpose);
            if (refusal != null) {
                throw new LinkAction.LinkRefused(refusal);
            }
        }
    }

    private LinkDownload download(String purpose) {
        return downloads.stream().filter(d -> d.purpose().equals(purpose)).findFirst().orElse(null);
    }

    /** Null for a purpose whose links lead to a page of their own (issued by {@link Links#issueToken}). */
    private LinkAction action(String purpose) {
        return actions.stream().filter(a -> a.purpose().equals(purpose)).findFirst().orElse(null);
    }
}
