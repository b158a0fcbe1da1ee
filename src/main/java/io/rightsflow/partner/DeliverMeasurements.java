package io.rightsflow.partner;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.catalog.Category;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.MeasurementRef;
import io.rightsflow.measurement.Readings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_DeliverMeasurements: sends one delivery to its partner, with the partner's token. The link
 * is locked while it is sent, so a disconnection waits for it, and everything is checked again
 * here: a link revoked, a profile pending deletion or restricted since then gets nothing.
 */
@Named
@ApplicationScoped
class DeliverMeasurements implements JavaDelegate {

    @Inject
    Readings readings;

    @Inject
    PartnerGrants grants;

    @Inject
    PartnerSettings settings;

    @Inject
    PartnerCalls calls;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    AuditTrail audit;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Override
    public void execute(DelegateExecution execution) throws JsonProcessingException {
        PartnerDelivery delivery = PartnerDelivery.findById((String) execution.getVariable("deliveryId"));
        if (delivery == null || delivery.outcome != null) {
            return; // purged with its profile, or already done
        }
        PartnerGrant grant = grants.lockActive(delivery.grantId);
        String refusal = refusal(grant);
        if (refusal != null) {
            delivery.outcome = refusal;
            audit.record("PARTNER_DELIVERY_SKIPPED", AuditTrail.SYSTEM, null, grant == null ? null : grant.profileId,
                    "delivery=" + delivery.id + " reason=" + refusal);
            return;
        }
        List<MeasurementRef> measurements = measurements(delivery.id);
        if (measurements.isEmpty()) {
            delivery.outcome = "NOTHING_LEFT";
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("grantId", grant.id);
        body.put("deliveryId", delivery.id);
        body.put("measurements", measurements.stream().map(DeliverMeasurements::item).toList());
        calls.sendOnce(new PartnerCalls.Call("delivery:" + delivery.id, PartnerCall.Kind.DELIVERY, grant.partnerId,
                grant.id, null, grant.profileId, settings.url(grant.partnerId, PartnerSettings.Endpoint.DELIVERY).get(),
                json.writeValueAsString(body), grants.token(grant), "measurements=" + measurements.size()));
        delivery.outcome = "DELIVERED";
    }

    private String refusal(PartnerGrant grant) {
        if (grant == null) {
            return "REVOKED";
        }
        ProfileRef profile = profiles.find(grant.profileId);
        if (profile == null || !profile.isActive()) {
            return "PENDING_DELETION";
        }
        if (!policy.allows(profile.id(), Purpose.PARTNER_SHARING)) {
            return "RESTRICTED";
        }
        return settings.url(grant.partnerId, PartnerSettings.Endpoint.DELIVERY).isEmpty() ? "NO_ENDPOINT" : null;
    }

    /** Still there (a person may have deleted one since), in time order. */
    @SuppressWarnings("unchecked")
    private List<MeasurementRef> measurements(String deliveryId) {
        List<Number> ids = em.createNativeQuery("select measurement_id from partner_delivery_item where delivery_id = ?1")
                .setParameter(1, deliveryId).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        return readings.byIds(ids.stream().map(Number::longValue).toList());
    }

    /** In base units (kg, m, °C, bpm, mmHg…), each named. */
    private static Map<String, Object> item(MeasurementRef m) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", m.id());
        item.put("category", m.categoryId());
        item.put("takenAt", m.takenAt().toString());
        if (m.value() != null) {
            item.put("value", m.value());
            item.put("unit", Category.<Category>findById(m.categoryId()).quantity.baseUnit());
        } else {
            item.put("systolic", m.systolic());
            item.put("diastolic", m.diastolic());
            item.put("unit", "mmHg");
        }
        return item;
    }
}
