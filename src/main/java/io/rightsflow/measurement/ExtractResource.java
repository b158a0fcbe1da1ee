package io.rightsflow.measurement;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.security.Roles;
import io.rightsflow.system.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The pseudonymised extracts Rightsflow hands on for research, product improvement and direct
 * marketing. Each holds only the profiles the processing policy allows for its purpose: consent in
 * force where the purpose rests on it (a child's always takes its holder's), no objection or
 * restriction, not pending deletion.
 */
@Path("/api/extracts/{purpose}")
@RolesAllowed(Roles.ADMIN)
public class ExtractResource {

    @Inject
    Profiles profiles;

    @Inject
    EntityManager em;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Pseudonyms pseudonyms;

    public record Extract(String purpose, List<Row> rows) {
    }

    /** For research and product improvement: how many values of each category a profile has. */
    public record Row(String profileRef, String accountRef, String category, Long values) {
    }

    @GET
    @Transactional
    public Extract extract(@PathParam("purpose") String name) {
        Purpose purpose = switch (name) {
            case "research" -> Purpose.RESEARCH;
            case "product-improvement" -> Purpose.PRODUCT_IMPROVEMENT;
            case "direct-marketing" -> Purpose.DIRECT_MARKETING;
            default -> throw ProblemException.notFound("extract " + name
                    + "; extracts are research, product-improvement and direct-marketing");
        };
        List<ProfileRef> everyone = profiles.all();
        return new Extract(name, purpose == Purpose.DIRECT_MARKETING ? audience(everyone)
                : counts(policy.allowed(purpose, everyone).stream().map(ProfileRef::id).collect(Collectors.toSet())));
    }

    private List<Row> counts(Set<String> included) {
        List<Object[]> counts = em.createQuery("select m.profileId, m.categoryId, count(m) from Measurement m"
                + " group by m.profileId, m.categoryId order by m.profileId, m.categoryId", Object[].class)
                .getResultList();
        return counts.stream().filter(c -> included.contains((String) c[0]))
                .map(c -> new Row(pseudonyms.of((String) c[0]), null, (String) c[1], (Long) c[2])).toList();
    }

    /** Marketing mail goes to an account: its holder's consent, and one profile's objection takes the whole account out. */
    private List<Row> audience(List<ProfileRef> everyone) {
        return policy.allowedAccounts(Purpose.DIRECT_MARKETING, everyone).stream()
                .map(accountId -> new Row(null, pseudonyms.of(accountId), null, null)).toList();
    }
}
