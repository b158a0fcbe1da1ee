package io.rightsflow.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.rightsflow.system.UniqueConstraints;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Counts failed logins per username and per client address in the database, so that every node of
 * a cluster sees the same counts: a guesser spreading attempts over the nodes behind a load balancer
 * gets no more tries than one hitting a single node. While either count has reached its limit
 * within the window, further attempts are refused before any password is checked.
 */
@ApplicationScoped
class FailedLogins {

    @Inject
    Clock clock;

    @ConfigProperty(name = "rightsflow.security.login-throttle.window", defaultValue = "PT15M")
    Duration window;

    @ConfigProperty(name = "rightsflow.security.login-throttle.max-failures-per-username", defaultValue = "10")
    int perUsername;

    @ConfigProperty(name = "rightsflow.security.login-throttle.max-failures-per-address", defaultValue = "100")
    int perAddress;

    /** The keys one login attempt counts against; the address is null when it is not known. */
    record Attempt(String usernameKey, String addressKey) {
        List<String> keys() {
            List<String> keys = new ArrayList<>(2);
            keys.add(usernameKey);
            if (addressKey != null) {
                keys.add(addressKey);
            }
            return keys;
        }
    }

    Attempt attempt(String username, String address) {
        return new Attempt(key("username:" + String.valueOf(username).toLowerCase(Locale.ROOT)),
                address == null ? null : key("address:" + address));
    }

    /**
     * Refuses the attempt (429) while its username or address has used up its failures in the window.
     *
     * @return whether the username has failures on record, which a success then clears
     */
    boolean check(Attempt attempt) {
        Instant now = Instant.now(clock);
        Instant cutoff = now.minus(window);
        List<LoginThrottle> rows = QuarkusTransaction.requiringNew().call(
                () -> LoginThrottle.<LoginThrottle>list("throttleKey in ?1", attempt.keys()));
        Duration retryAfter = Duration.ZERO;
        boolean usernameFailed = false;
        for (LoginThrottle row : rows) {
            if (!row.windowStartedAt.isAfter(cutoff)) {
                continue;
            }
            boolean forUsername = row.throttleKey.equals(attempt.usernameKey());
            usernameFailed |= forUsername;
            if (row.failures >= (forUsername ? perUsername : perAddress)) {
                Duration left = Duration.between(now, row.windowStartedAt.plus(window));
                retryAfter = left.compareTo(retryAfter) > 0 ? left : retryAfter;
            }
        }
        if (!retryAfter.isZero() && !retryAfter.isNegative()) {
            throw new LoginThrottled(retryAfter);
        }
        return usernameFailed;
    }

    void failed(Attempt attempt) {
        for (String key : attempt.keys()) {
            count(key);
        }
    }

    /** A success clears the username's failures (never the address's: a guesser's own account would). */
    void succeeded(Attempt attempt) {
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("throttleKey", attempt.usernameKey()));
    }

    /** One more failure, or the first of a new window; an update of the row, so concurrent failures all count. */
    private void count(String key) {
        for (int tries = 0; tries < 3; tries++) {
            Instant now = Instant.now(clock);
            int updated = QuarkusTransaction.requiringNew().call(() -> LoginThrottle.update(
                    "failures = case when windowStartedAt > ?2 then failures + 1 else 1 end, "
                            + "windowStartedAt = case when windowStartedAt > ?2 then windowStartedAt else ?3 end "
                            + "where throttleKey = ?1", key, now.minus(window), now));
            if (updated > 0) {
                return;
            }
            try {
                QuarkusTransaction.requiringNew().run(() -> {
                    LoginThrottle row = new LoginThrottle();
                    row.throttleKey = key;
                    row.failures = 1;
                    row.windowStartedAt = now;
                    row.persist();
                });
                return;
            } catch (RuntimeException e) {
                if (!UniqueConstraints.violated(e, "login_throttle")) {
                    throw e;
                }
                // another node or thread inserted the first failure at the same instant: count on it
            }
        }
    }

    /** Rows whose window has passed count for nothing; they are removed so the table stays small. */
    @Scheduled(every = "10m", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        Instant cutoff = Instant.now(clock).minus(window);
        QuarkusTransaction.requiringNew().run(() -> LoginThrottle.delete("windowStartedAt <= ?1", cutoff));
    }

    /** No username or address is stored as such: only its SHA-256. */
    private static String key(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
