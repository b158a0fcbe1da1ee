package io.rightsflow.partner;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Partner;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.MeasurementsStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.RuntimeService;
import org.hibernate.Session;

/**
 * Queues new measurements for each partner the profile is linked to, in the transaction that
 * stored them: partner-delivery.bpmn then sends them in the background, retried. Only the
 * categories the partner receives, and nothing for a profile pending deletion or restricted.
 */
@ApplicationScoped
class Deliveries {

    static final String PROCESS = "partner-delivery";

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    PartnerSettings settings;

    @Inject
    RuntimeService runtime;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    void onStored(@Observes MeasurementsStored stored) {
        ProfileRef profile = profiles.find(stored.profileId());
        if (profile == null || !profile.isActive() || !policy.allows(profile.id(), Purpose.PARTNER_SHARING)) {
            return;
        }
        for (PartnerGrant grant : PartnerGrant.activeOf(profile.id())) {
            if (settings.url(grant.partnerId, PartnerSettings.Endpoint.DELIVERY).isEmpty()) {
                continue;
            }
            Partner partner = Partner.findById(grant.partnerId);
            List<Long> ids = stored.measurements().stream().filter(m -> partner.receives(m.category()))
                    .map(MeasurementsStored.Stored::id).toList();
            if (!ids.isEmpty()) {
                queue(grant, ids);
            }
        }
    }

    private void queue(PartnerGrant grant, List<Long> ids) {
        PartnerDelivery delivery = new PartnerDelivery();
        delivery.id = UUID.randomUUID().toString();
        delivery.grantId = grant.id;
        delivery.measurements = ids.size();
        delivery.createdAt = Instant.now(clock);
        delivery.persist();
        em.flush();
        em.unwrap(Session.class).doWork(db -> {
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into partner_delivery_item (delivery_id, measurement_id) values (?, ?)")) {
                for (Long id : ids) {
                    insert.setString(1, delivery.id);
                    insert.setLong(2, id);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
        runtime.startProcessInstanceByKey(PROCESS, delivery.id, Map.of("deliveryId", delivery.id));
    }
}
