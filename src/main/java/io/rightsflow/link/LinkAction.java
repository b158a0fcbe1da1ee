package io.rightsflow.link;

import java.util.Map;

/**
 * What following a link of one purpose does. A feature offers one per purpose; the link pages
 * describe it on GET and call {@link #perform} only when the person confirms with POST.
 */
public interface LinkAction {

    /** The purpose this action serves, e.g. "profile-reactivation". */
    String purpose();

    /** The page's title and sentence saying what the button will do. */
    Description describe(String requestId);

    /**
     * Does it, in the transaction that marks the link used. Throw {@link LinkRefused} when the
     * request no longer allows it: the link then stays unused and nothing changes.
     */
    Description perform(String requestId);

    /** As {@link #perform(String)}, with the fields of the page's form (e.g. a new password). */
    default Description perform(String requestId, Map<String, String> form) {
        return perform(requestId);
    }

    /** What the page says; {@code asksPassword}: its form has a new password and its confirmation. */
    record Description(String title, String text, String button, boolean asksPassword) {
        public Description(String title, String text, String button) {
            this(title, text, button, false);
        }
    }

    /** What was typed into the page's form cannot be used: the page comes back with this, the link stays usable. */
    class FormRejected extends RuntimeException {
        public FormRejected(String message) {
            super(message, null, false, false);
        }
    }

    /** The action cannot happen (any more); the message is shown to the person. */
    class LinkRefused extends RuntimeException {
        public LinkRefused(String message) {
            super(message, null, false, false);
        }
    }
}
