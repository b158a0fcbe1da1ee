package io.rightsflow.measurement;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.rightsflow.account.Profiles;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.objection.ProcessingPolicy;
import io.rightsflow.objection.Purpose;
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
 * marketing. Each leaves out every profile restricted for its purpose (an objection) and every
 * profile pending deletion: this is where those restrictions are enforced.
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
        Set<String> excluded = new HashSet<>(policy.restrictedProfiles(purpose));
        return new Extract(name, purpose == Purpose.DIRECT_MARKETING ? audience(excluded) : counts(excluded));
    }

    private List<Row> counts(Set<String> excluded) {
        // Profiles pending deletion are not processed: they are left out as objecting ones are.
        Set<String> left = new HashSet<>(excluded);
        profiles.all().stream().filter(p -> !p.isActive()).forEach(p -> left.add(p.id()));
        List<Object[]> counts = em.createQuery("select m.profileId, m.categoryId, count(m) from Measurement m"
                + " group by m.profileId, m.categoryId order by m.profileId, m.categoryId", Object[].class)
                .getResultList();
        return counts.stream().filter(c -> !left.contains((String) c[0]))
                .map(c -> new Row(pseudonyms.of((String) c[0]), null, (String) c[1], (Long) c[2])).toList();
    }

    /** Marketing mail goes to an account: one profile's objection to it takes the whole account out. */
    private List<Row> audience(Set<String> excluded) {
        Set<String> objecting = new HashSet<>();
        List<ProfileRef> profiles = this.profiles.all();
        profiles.stream().filter(p -> excluded.contains(p.id())).forEach(p -> objecting.add(p.accountId()));
        return profiles.stream().filter(p -> p.main() && p.isActive() && !objecting.contains(p.accountId()))
                .map(p -> new Row(null, pseudonyms.of(p.accountId()), null, null)).toList();
    }
}
