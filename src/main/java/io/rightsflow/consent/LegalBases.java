package io.rightsflow.consent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** The one place that says on which legal basis each purpose rests (Art. 6, 9), as configured. */
@ApplicationScoped
public class LegalBases {

    @Inject
    PurposesConfig config;

    private volatile Map<Purpose, LegalBasis> bases;

    void check(@Observes StartupEvent started) {
        bases();
    }

    public LegalBasis of(Purpose purpose) {
        return bases().get(purpose);
    }

    /** Purposes an objection (Art. 21) reaches: those on legitimate interests, and direct marketing whatever its basis (21(2)). */
    public boolean objectable(Purpose purpose) {
        return of(purpose) == LegalBasis.LEGITIMATE_INTEREST || purpose == Purpose.DIRECT_MARKETING;
    }

    public List<Purpose> objectable() {
        return Arrays.stream(Purpose.values()).filter(this::objectable).toList();
    }

    private Map<Purpose, LegalBasis> bases() {
        Map<Purpose, LegalBasis> known = bases;
        if (known == null) {
            known = read();
            bases = known;
        }
        return known;
    }

    /** Fails the start with one line per key to fix, rather than processing on a basis nobody chose. */
    private Map<Purpose, LegalBasis> read() {
        Map<Purpose, LegalBasis> read = new EnumMap<>(Purpose.class);
        List<String> problems = new ArrayList<>();
        for (Purpose purpose : Purpose.values()) {
            read.put(purpose, purpose.lawfulDefault());
        }
        config.purposes().forEach((id, settings) -> {
            Optional<Purpose> purpose = Arrays.stream(Purpose.values()).filter(p -> p.id().equals(id)).findFirst();
            if (purpose.isEmpty()) {
                problems.add("rightsflow.purposes.\"" + id + "\": no such purpose; purposes are "
                        + Arrays.stream(Purpose.values()).map(Purpose::id).toList());
                return;
            }
            settings.basis().ifPresent(value -> {
                Optional<LegalBasis> basis = Arrays.stream(LegalBasis.values()).filter(b -> b.id().equals(value))
                        .findFirst();
                if (basis.isEmpty()) {
                    problems.add("rightsflow.purposes.\"" + id + "\".basis: " + value
                            + " is not a basis; give consent, contract or legitimate-interest");
                } else if (purpose.get() == Purpose.DIRECT_MARKETING && basis.get() != LegalBasis.CONSENT) {
                    // marketing built on health data needs explicit consent (Art. 9(2)(a)), and the
                    // one-click unsubscribe of every marketing mail is the withdrawal of that consent
                    problems.add("rightsflow.purposes.\"" + id + "\".basis: marketing here rests on consent only "
                            + "(its mails' unsubscribe withdraws it); remove the key");
                } else {
                    read.put(purpose.get(), basis.get());
                }
            });
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the purposes' legal bases are misconfigured:\n  "
                    + String.join("\n  ", problems));
        }
        return read;
    }
}
