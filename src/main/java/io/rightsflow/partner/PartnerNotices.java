package io.rightsflow.partner;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rightsflow.catalog.Partner;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What a partner is told when a link ends: that it is revoked, and (GDPR Art. 19) that the person
 * asked for the data it received to be erased. Both identify the link by its grant id only.
 */
@ApplicationScoped
public class PartnerNotices {

    @Inject
    PartnerGrants grants;

    @Inject
    PartnerSettings settings;

    @Inject
    PartnerCalls calls;

    @Inject
    ObjectMapper json;

    @Inject
    Clock clock;

    /** The link a notice is about: from the grant while it exists, from its erasure notice after the purge. */
    public record Target(String grantId, String partnerId, String profileId, Instant linkedAt, Instant revokedAt) {

        static Target of(PartnerGrant grant) {
            return new Target(grant.id, grant.partnerId, grant.profileId, grant.linkedAt, grant.revokedAt);
        }
    }

    /** Calls the partner's revocation endpoint, if it has one; a revoked link's token is already gone. */
    public void sendRevocation(String grantId, String requestId) {
        PartnerGrant grant = grants.find(grantId);
        if (grant != null) { // purged with its profile: its erasure notice told the partner
            sendRevocation(Target.of(grant), requestId);
        }
    }

    void sendRevocation(Target link, String requestId) {
        settings.url(link.partnerId(), PartnerSettings.Endpoint.REVOCATION).ifPresent(url -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", "revocation");
            body.put("grantId", link.grantId());
            body.put("revokedAt", link.revokedAt().toString());
            calls.sendOnce(new PartnerCalls.Call("revocation:" + link.grantId(), PartnerCall.Kind.REVOCATION,
                    link.partnerId(), link.grantId(), requestId, link.profileId(), url, write(body), null, "revocation"));
        });
    }

    /**
     * Sends the Art. 19 erasure notice of this request to the partner of the grant, if it has an
     * endpoint for notices; returns whether it has one.
     */
    public boolean sendErasureNotice(String grantId, String requestId) {
        PartnerGrant grant = grants.find(grantId);
        return grant != null && sendErasureNotice(Target.of(grant), requestId);
    }

    boolean sendErasureNotice(Target link, String requestId) {
        var url = settings.url(link.partnerId(), PartnerSettings.Endpoint.ERASURE_NOTICE);
        if (url.isEmpty()) {
            return false;
        }
        Partner partner = Partner.findById(link.partnerId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "erasure-notice");
        body.put("noticeId", requestId + ":" + link.grantId());
        body.put("grantId", link.grantId());
        body.put("requestId", requestId);
        body.put("legalBasis", NoticeToPartner.Kind.ERASURE.legalBasis);
        body.put("categories", partner.categories.stream().map(c -> c.id).sorted().toList());
        body.put("sharedFrom", link.linkedAt().toString());
        body.put("sentAt", Instant.now(clock).toString());
        calls.sendOnce(new PartnerCalls.Call("erasure-notice:" + requestId + ":" + link.grantId(),
                PartnerCall.Kind.ERASURE_NOTICE, link.partnerId(), link.grantId(), requestId, link.profileId(), url.get(),
                write(body), null, "erasure notice"));
        return true;
    }

    /**
     * Sends the Art. 19 notice of a change that is not an erasure (restricted, restriction lifted,
     * rectified) to the partner's change-notice endpoint, kept apart from the erasure notices so that
     * no partner erases on a change by mistake; a partner without one is not called. Like the erasure
     * notice it names the link and the request only: the partner looks the data up by the link.
     */
    boolean sendChangeNotice(Target link, String requestId, NoticeToPartner.Kind kind) {
        var url = settings.url(link.partnerId(), PartnerSettings.Endpoint.CHANGE_NOTICE);
        if (url.isEmpty()) {
            return false;
        }
        Partner partner = Partner.findById(link.partnerId());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "change-notice");
        body.put("kind", kind.name());
        body.put("noticeId", requestId + ":" + link.grantId() + ":" + kind.name());
        body.put("grantId", link.grantId());
        body.put("requestId", requestId);
        body.put("legalBasis", kind.legalBasis);
        body.put("categories", partner.categories.stream().map(c -> c.id).sorted().toList());
        body.put("sharedFrom", link.linkedAt().toString());
        body.put("sentAt", Instant.now(clock).toString());
        calls.sendOnce(new PartnerCalls.Call("change-notice:" + kind.name() + ":" + requestId + ":" + link.grantId(),
                PartnerCall.Kind.CHANGE_NOTICE, link.partnerId(), link.grantId(), requestId, link.profileId(), url.get(),
                write(body), null, kind.words()));
        return true;
    }

    /** The partners that accepted this request's erasure notice. */
    List<String> notifiedFor(String requestId) {
        return PartnerCall.<PartnerCall>list("requestId = ?1 and kind = ?2", requestId, PartnerCall.Kind.ERASURE_NOTICE)
                .stream().map(c -> c.partnerId).distinct().toList();
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
