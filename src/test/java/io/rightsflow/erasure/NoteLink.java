package io.rightsflow.erasure;

import io.rightsflow.link.LinkAction;
import jakarta.enterprise.context.ApplicationScoped;

/** Test double of a link for some other purpose than saving data (as sharing invitations will be). */
@ApplicationScoped
public class NoteLink implements LinkAction {

    static final String PURPOSE = "test-note";

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String requestId) {
        return new Description("A note", "A link that is not about saving data.", "Read it");
    }

    @Override
    public Description perform(String requestId) {
        return new Description("Read", "Done.", null);
    }
}
