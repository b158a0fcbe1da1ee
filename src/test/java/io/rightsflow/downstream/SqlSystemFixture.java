package io.rightsflow.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.rightsflow.request.RequestType;

/** An sql system as it would be configured, for a test's own database. */
final class SqlSystemFixture implements SystemsConfig.SystemConfig {

    private final String jdbcUrl;
    private final String user;
    private final String eraseStatements;
    private final String accessSelect;

    SqlSystemFixture(String jdbcUrl, String user, String eraseStatements, String accessSelect) {
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.eraseStatements = eraseStatements;
        this.accessSelect = accessSelect;
    }

    static DownstreamSystem system(String jdbcUrl, String user, String eraseStatements, String accessSelect) {
        SqlSystemFixture config = new SqlSystemFixture(jdbcUrl, user, eraseStatements, accessSelect);
        return new DownstreamSystem("support-tool", "Support tool", SystemsConfig.Kind.SQL, java.util.Set.of("all"),
                java.util.Set.copyOf(config.requests()), config);
    }

    @Override
    public SystemsConfig.Kind kind() {
        return SystemsConfig.Kind.SQL;
    }

    @Override
    public Optional<String> name() {
        return Optional.of("Support tool");
    }

    @Override
    public List<String> categories() {
        return List.of("all");
    }

    @Override
    public List<RequestType> requests() {
        return List.of(RequestType.PROFILE_ERASURE, RequestType.ACCOUNT_ERASURE, RequestType.ACCESS);
    }

    @Override
    public Optional<URI> url() {
        return Optional.empty();
    }

    @Override
    public Optional<String> secret() {
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
    public Optional<String> jdbcUrl() {
        return Optional.of(jdbcUrl);
    }

    @Override
    public Optional<String> username() {
        return Optional.of(user);
    }

    @Override
    public Optional<String> password() {
        return Optional.empty();
    }

    @Override
    public Optional<String> erase() {
        return Optional.ofNullable(eraseStatements);
    }

    @Override
    public Optional<String> access() {
        return Optional.ofNullable(accessSelect);
    }
}
