package io.rightsflow.consent;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Legal bases as an operator would configure them ({@code rightsflow.purposes."<id>".basis}), without starting the service. */
final class ConfiguredBases {

    private ConfiguredBases() {
    }

    static LegalBases of(Map<String, String> configured) {
        LegalBases bases = new LegalBases();
        bases.config = () -> configured.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
                e -> (PurposesConfig.PurposeConfig) () -> Optional.of(e.getValue())));
        return bases;
    }
}
