package io.rightsflow.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.rightsflow.request.RequestType;

/** A downstream system as it would be configured, built in a test rather than read from properties. */
record ConfiguredSystem(SystemsConfig.Kind kind, List<String> categories, List<RequestType> requests, Optional<URI> url,
        Optional<String> secret, Optional<String> jdbcUrl, Optional<String> username, Optional<String> erase,
        Optional<String> access) implements SystemsConfig.SystemConfig {

    static final List<RequestType> ERASURES_AND_ACCESS = List.of(RequestType.PROFILE_ERASURE,
            RequestType.ACCOUNT_ERASURE, RequestType.ACCESS);

    static ConfiguredSystem webhook(String url, String secret) {
        return new ConfiguredSystem(SystemsConfig.Kind.WEBHOOK, List.of("video"), List.of(RequestType.PROFILE_ERASURE),
                Optional.ofNullable(url).map(URI::create), Optional.ofNullable(secret), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty());
    }

    static ConfiguredSystem sql(String jdbcUrl, String user, String erase, String access) {
        return new ConfiguredSystem(SystemsConfig.Kind.SQL, List.of("all"), ERASURES_AND_ACCESS, Optional.empty(),
                Optional.empty(), Optional.of(jdbcUrl), Optional.ofNullable(user), Optional.ofNullable(erase),
                Optional.ofNullable(access));
    }

    static ConfiguredSystem manual(List<String> categories, List<RequestType> requests) {
        return new ConfiguredSystem(SystemsConfig.Kind.MANUAL, categories, requests, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** The sql system "support-tool" of the sql tests, on the test's own database. */
    static DownstreamSystem supportTool(String jdbcUrl, String user, String erase, String access) {
        ConfiguredSystem config = sql(jdbcUrl, user, erase, access);
        return new DownstreamSystem("support-tool", "Support tool", SystemsConfig.Kind.SQL, Set.of("all"),
                Set.copyOf(config.requests()), config);
    }

    @Override
    public Optional<String> name() {
        return Optional.empty();
    }

    @Override
    public boolean sendAddress() {
        return false;
    }

    @Override
    public Duration answerWithin() {
        return Duration.ofDays(3);
    }

    @Override
    public Optional<String> password() {
        return Optional.empty();
    }
}
