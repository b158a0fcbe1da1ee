package io.rightsflow.partner;

import java.util.List;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A profile's partner links and the deliveries queued for them: erased with it (an erasure has
 * revoked the links and captured each partner's notice in erasure_notice before its purge
 * begins). What partners accepted stays in partner_call, by grant id only.
 */
@ApplicationScoped
public class PartnerData implements ProfileData {

    @Override
    public String kind() {
        return "partner links and deliveries";
    }

    @Override
    public int order() {
        return 4;
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
}
