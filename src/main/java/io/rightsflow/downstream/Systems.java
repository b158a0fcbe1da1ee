package io.rightsflow.downstream;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import io.quarkus.runtime.StartupEvent;
import io.rightsflow.catalog.Category;
import io.rightsflow.request.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The registry of the maker's other systems that hold personal data, checked at start: a system
 * that could never be reached as configured (a webhook without its secret, a statement missing for
 * a request type it takes, an unknown category) stops the service with the key to fix, rather than
 * failing on the first request that reaches it.
 */
@ApplicationScoped
public class Systems {

    /** The request types whose processes carry a request to the systems (the call activity is in them). */
    static final Set<RequestType> CARRIED = EnumSet.of(RequestType.PROFILE_ERASURE, RequestType.ACCOUNT_ERASURE,
            RequestType.ACCESS);

    @Inject
    SystemsConfig config;

    /** Webhooks are called, and answer, over https only; dev mode's stand-in and the tests' systems answer over http. */
    @ConfigProperty(name = "rightsflow.systems-require-https", defaultValue = "true")
    boolean requireHttps;

    private volatile List<DownstreamSystem> checked;

    @Transactional
    void check(@Observes StartupEvent started) {
        all();
    }

    /** Every configured system, in the order of their ids. */
    public List<DownstreamSystem> all() {
        List<DownstreamSystem> systems = checked;
        if (systems == null) {
            systems = checkAll(config.systems(), requireHttps);
            checked = systems;
        }
        return systems;
    }

    public Optional<DownstreamSystem> byId(String id) {
        return all().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** A statement that could never run (an unknown :parameter, an unclosed quote), said at start rather than at the first request. */
    private static Optional<String> statementProblem(Optional<String> statements) {
        try {
            statements.filter(s -> !s.isBlank()).ifPresent(SqlStatements::parse);
            return Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static int statementCount(String statements) {
        try {
            return SqlStatements.parse(statements).size();
        } catch (IllegalArgumentException e) {
            return 0; // said by statementProblem
        }
    }

    static List<DownstreamSystem> checkAll(Map<String, SystemsConfig.SystemConfig> configured, boolean requireHttps) {
        List<String> problems = new ArrayList<>();
        List<DownstreamSystem> systems = new ArrayList<>();
        new TreeMap<>(configured).forEach((id, system) -> {
            String key = "rightsflow.systems.\"" + id + "\".";
            if (!id.matches("[a-z0-9][a-z0-9-]{0,59}")) {
                problems.add(key + ": a system id is lower-case letters, digits and dashes, at most 60");
            }
            Set<String> categories = new LinkedHashSet<>(system.categories());
            for (String category : categories) {
                if (!category.equals(DownstreamSystem.ALL) && Category.findById(category) == null) {
                    problems.add(key + "categories: " + category + " is not a data category (see GET /api/catalog/products) nor all");
                }
            }
            Set<RequestType> requests = system.requests().isEmpty() ? EnumSet.noneOf(RequestType.class)
                    : EnumSet.copyOf(system.requests());
            for (RequestType type : requests) {
                if (!CARRIED.contains(type)) {
                    problems.add(key + "requests: " + type + " does not reach downstream systems; use " + CARRIED);
                }
            }
            switch (system.kind()) {
                case WEBHOOK -> {
                    if (system.url().isEmpty()) {
                        problems.add(key + "url: a webhook system needs the URL its requests are POSTed to");
                    } else if (requireHttps && !"https".equalsIgnoreCase(system.url().get().getScheme())) {
                        problems.add(key + "url: must be https:// (the call carries the subject's ids; "
                                + "rightsflow.systems-require-https=false allows http for a local stand-in)");
                    }
                    if (system.secret().filter(s -> s.length() >= 16).isEmpty()) {
                        problems.add(key + "secret: a webhook system needs an HMAC secret of at least 16 characters"
                                + " (make one with: openssl rand -base64 32)");
                    }
                }
                case SQL -> {
                    if (system.jdbcUrl().isEmpty()) {
                        problems.add(key + "jdbc-url: an sql system needs its database's JDBC URL");
                    }
                    boolean erases = requests.contains(RequestType.PROFILE_ERASURE) || requests.contains(RequestType.ACCOUNT_ERASURE);
                    if (erases && system.erase().filter(s -> !s.isBlank()).isEmpty()) {
                        problems.add(key + "erase: an sql system that erasures reach needs its delete or anonymising statements");
                    }
                    if (requests.contains(RequestType.ACCESS) && system.access().filter(s -> !s.isBlank()).isEmpty()) {
                        problems.add(key + "access: an sql system that access requests reach needs its select");
                    }
                    statementProblem(system.erase()).ifPresent(p -> problems.add(key + "erase: " + p));
                    statementProblem(system.access()).ifPresent(p -> problems.add(key + "access: " + p));
                    if (system.access().filter(a -> statementCount(a) > 1).isPresent()) {
                        problems.add(key + "access: one select, without ';' between statements");
                    }
                }
                case MANUAL -> {
                    // a desk task: nothing to reach
                }
            }
            systems.add(new DownstreamSystem(id, system.name().filter(n -> !n.isBlank()).orElse(id), system.kind(),
                    categories, requests, system));
        });
        if (!problems.isEmpty()) {
            throw new IllegalStateException("downstream systems are misconfigured:\n  " + String.join("\n  ", problems));
        }
        return List.copyOf(systems);
    }
}
