package io.rightsflow.desk;

import java.util.List;

import io.rightsflow.request.RefusalKind;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestRefusals;
import io.rightsflow.request.RequestWords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The refusal part of the desk's request page (Art. 12(4)-(5)): the form while the request can be
 * refused, the refusal once it was, and always the subject's earlier requests, the evidence for
 * "manifestly unfounded or excessive". Same service as POST /api/requests/{id}/refusal.
 */
@ApplicationScoped
class DeskRefusalForm {

    /** What the page shows; {@code refused} is null until the request is refused, {@code whyNot} while it cannot be. */
    public record Refusal(String whyNot, Refused refused, List<Kind> kinds, String kind, String reasons,
            String kindError, String reasonsError, List<Earlier> earlier) {
    }

    /** One reason kind of the form, in words. */
    public record Kind(String value, String words, boolean chosen) {
    }

    /** The refusal as it was decided. */
    public record Refused(String kind, String reasons, String refusedBy, String refusedOn) {
    }

    /** One earlier request of the same subject. */
    public record Earlier(String id, String type, String status, String receivedOn) {
    }

    @Inject
    RequestRefusals refusals;

    Refusal of(RequestRef request, String kind, String reasons, String kindError, String reasonsError) {
        String whyNot = refusals.whyNot(request);
        RequestRefusals.RefusalRef refusal = refusals.of(request.id());
        Refused refused = refusal == null ? null : new Refused(refusal.reasonKindWords(),
                refusal.reasons() == null ? "(forgotten with the person's data)" : refusal.reasons(),
                refusal.refusedBy(), RequestWords.date(refusal.refusedAt()));
        List<Kind> kinds = refusals.kinds().stream()
                .map(k -> new Kind(k.name(), words(k), k.name().equals(kind))).toList();
        List<Earlier> earlier = refusals.earlierOf(request).stream()
                .map(r -> new Earlier(r.id(), RequestWords.type(r.type()), RequestWords.status(r.status()),
                        RequestWords.date(r.receivedAt())))
                .toList();
        return new Refusal(whyNot == null ? null : DeskWords.sentence(whyNot), refused, kinds, kind, reasons,
                kindError, reasonsError, earlier);
    }

    Refusal blank(RequestRef request) {
        return of(request, null, null, null, null);
    }

    private static String words(RefusalKind kind) {
        return switch (kind) {
            case MANIFESTLY_UNFOUNDED_OR_EXCESSIVE -> "Manifestly unfounded or excessive (the earlier requests below are the evidence)";
            case IDENTITY_NOT_ESTABLISHED -> "The requester's identity could not be established";
            case RIGHTS_OF_OTHERS -> "It would adversely affect the rights and freedoms of others";
            case LEGAL_EXEMPTION -> "The law requires or allows us to keep or process the data";
            case OTHER -> "Another reason (say which in the reasons)";
        };
    }
}
