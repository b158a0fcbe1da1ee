package io.rightsflow.measurement;

import java.util.List;

/**
 * Fired in the transaction that stored new measurements of a profile (from a device, by hand, by
 * import), for the features that pass new data on, such as partner apps. Ids and categories only.
 */
public record MeasurementsStored(String profileId, List<Stored> measurements) {

    public record Stored(long id, String category) {
    }

    static MeasurementsStored of(String profileId, List<Measurement> measurements) {
        return new MeasurementsStored(profileId, measurements.stream().map(m -> new Stored(m.id, m.categoryId)).toList());
    }
}
