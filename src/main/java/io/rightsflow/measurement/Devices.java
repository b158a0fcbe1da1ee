package io.rightsflow.measurement;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import io.rightsflow.account.Profiles;
import io.rightsflow.catalog.Product;
import io.rightsflow.system.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The public face of registered devices for the other features. */
@ApplicationScoped
public class Devices {

    @Inject
    Profiles profiles;

    /**
     * The caller's device; 404 naming only the device when there is none or it belongs to another
     * account, so that a guessed device id tells nothing about whose it is.
     */
    public DeviceRef visible(String deviceId) {
        DeviceRef device = find(deviceId);
        if (device == null || !profiles.isVisible(device.profileId())) {
            throw ProblemException.notFound("device " + deviceId);
        }
        return device;
    }

    /** The device, or null when there is none. */
    public DeviceRef find(String deviceId) {
        return deviceId == null ? null : DeviceRef.of(Device.findById(deviceId));
    }

    /** The ids of a profile's devices. */
    public List<String> idsOf(String profileId) {
        return Device.<Device>list("profileId", profileId).stream().map(d -> d.id).toList();
    }

    /**
     * The data categories these profiles hold: whatever their devices can collect, and whatever
     * they measured (manual entries too). Which of the maker's other systems an erasure or an
     * access request reaches depends on it.
     */
    public Set<String> categoriesOf(Collection<String> profileIds) {
        if (profileIds.isEmpty()) {
            return Set.of();
        }
        Set<String> categories = new TreeSet<>();
        for (Device device : Device.<Device>list("profileId in ?1", profileIds)) {
            Product.<Product>findById(device.productId).categories.forEach(c -> categories.add(c.id));
        }
        categories.addAll(Measurement.getEntityManager()
                .createQuery("select distinct m.categoryId from Measurement m where m.profileId in ?1", String.class)
                .setParameter(1, profileIds).getResultList());
        return categories;
    }
}
