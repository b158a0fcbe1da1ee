package io.rightsflow.partner;

import java.util.List;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * A profile's partner links and the deliveries queued for them: erased with it (an erasure has
 * revoked the links and captured each partner's notice in notice_to_partner before its purge
 * begins). What partners accepted stays in partner_call, by grant id only.
 */
@ApplicationScoped
class PartnerData implements ProfileData {

    @Inject
    PartnerGrants links;

    @Override
    public String kind() {
        return "partner links and deliveries";
    }

    @Override
    public int order() {
        return 4;
    }

    /**
     * The links end: the former holder made them, with tokens the partner issued to the holder's
     * side, so delivering the new owner's measurements through them would deliver to the holder.
     * Each is revoked as a disconnection revokes it (token destroyed, a delivery in flight waited
     * for), so queued deliveries are skipped and nothing is queued after. The new owner links anew.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
        PartnerGrant.activeOf(profileId).forEach(grant -> links.revoke(grant, null, AuditTrail.SYSTEM));
    }

    @Override
    public int purge(String profileId, int limit) {
        List<String> grants = PartnerGrant.<PartnerGrant>list("profileId", profileId).stream().map(g -> g.id).toList();
        if (grants.isEmpty()) {
            return 0;
        }
        List<String> deliveries = PartnerDelivery.<PartnerDelivery>find("grantId in ?1", grants).page(0, limit)
                .stream().map(d -> d.id).toList();
        if (!deliveries.isEmpty()) {
            long items = PartnerDelivery.getEntityManager()
                    .createNativeQuery("delete from partner_delivery_item where delivery_id in (?1)")
                    .setParameter(1, deliveries).executeUpdate();
            return (int) (items + PartnerDelivery.delete("id in ?1", deliveries));
        }
        return (int) PartnerGrant.delete("id in ?1", grants);
    }

    /**
     * Each partner link (never its token) and what was delivered through it: every delivery with
     * its outcome and the ids of the measurements it carried.
     */
    @Override
    @SuppressWarnings("unchecked")
    public void exportTo(AccessWriter out, String profileId) {
        for (PartnerGrant grant : PartnerGrant.<PartnerGrant>list("profileId = ?1 order by linkedAt, id", profileId)) {
            out.write("partner-links", new Link(grant.id, grant.partnerId, grant.status.name(), grant.linkedAt,
                    grant.revokedAt));
        }
        // a page of deliveries at a time, after the last id read (scalars: nothing stays in the
        // persistence context), each with the ids of the measurements it carried
        EntityManager em = PartnerDelivery.getEntityManager();
        String after = "";
        List<Object[]> page;
        do {
            page = em.createNativeQuery("select d.id, g.partner_id, d.created_at, d.outcome from partner_delivery d "
                    + "join partner_grant g on g.id = d.grant_id where g.profile_id = ?1 and d.id > ?2 order by d.id")
                    .setParameter(1, profileId).setParameter(2, after).setMaxResults(AccessWriter.BATCH).getResultList();
            for (Object[] delivery : page) {
                after = (String) delivery[0];
                List<Number> items = em.createNativeQuery("select measurement_id from partner_delivery_item "
                        + "where delivery_id = ?1 order by measurement_id").setParameter(1, after).getResultList();
                out.write("partner-deliveries", new Delivery((String) delivery[1], after, instant(delivery[2]),
                        (String) delivery[3], items.stream().map(Number::longValue).toList()));
            }
        } while (page.size() == AccessWriter.BATCH);
    }

    private static java.time.Instant instant(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toInstant() : value instanceof java.time.OffsetDateTime o
                ? o.toInstant() : (java.time.Instant) value;
    }

    record Delivery(String partner, String deliveryId, java.time.Instant queuedAt, String outcome,
            List<Long> measurementIds) {
    }

    record Link(String id, String partner, String status, java.time.Instant linkedAt, java.time.Instant revokedAt) {
    }
}
