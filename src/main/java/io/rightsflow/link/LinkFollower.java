package io.rightsflow.link;

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

    record Outcome(Links.State state, Description description) {
    }

    @Transactional
    Outcome look(String token) {
        LinkToken link = links.find(token);
        Links.State state = links.state(link);
        if (state != Links.State.VALID) {
            return new Outcome(state, null);
        }
        return new Outcome(state, action(link.purpose).describe(link.requestId));
    }

    @Transactional
    Outcome follow(String token) {
        LinkToken link = links.findForUpdate(token);
        Links.State state = links.state(link);
        if (state != Links.State.VALID) {
            return new Outcome(state, null);
        }
        Description done = action(link.purpose).perform(link.requestId);
        links.markUsed(link);
        return new Outcome(state, done);
    }

    private LinkAction action(String purpose) {
        return actions.stream().filter(a -> a.purpose().equals(purpose)).findFirst()
                .orElseThrow(() -> new IllegalStateException("no action for links of purpose " + purpose));
    }
}
