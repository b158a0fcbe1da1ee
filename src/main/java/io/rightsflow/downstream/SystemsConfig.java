package io.rightsflow.downstream;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.rightsflow.request.RequestType;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithParentName;

/**
 * The maker's other systems that hold personal data, as configured (API.md "Downstream systems"):
 * {@code rightsflow.systems."<id>".kind} and the keys below. A misspelt key fails the start.
 */
@ConfigMapping(prefix = "rightsflow.systems")
interface SystemsConfig {

    @WithParentName
    Map<String, SystemConfig> systems();

    interface SystemConfig {

        Kind kind();

        /** A name for people (certificate, record, access document); the id when unset. */
        Optional<String> name();

        /** Data categories the system holds (catalog ids), or {@code all}. */
        List<String> categories();

        /** Request types that reach it. */
        List<RequestType> requests();

        /** webhook: where the request is POSTed. */
        Optional<URI> url();

        /** webhook: the HMAC secret of our calls and of its callbacks. */
        Optional<String> secret();

        /** webhook: whether the body carries the subject's address besides the opaque ids. */
        @WithDefault("false")
        boolean sendAddress();

        /** webhook: how long a system that answered 202 has to call back before the desk takes over. */
        @WithDefault("P3D")
        Duration answerWithin();

        /** sql: the database, reached with JDBC. */
        Optional<String> jdbcUrl();

        Optional<String> username();

        Optional<String> password();

        /** sql: the statements that erase (delete or anonymise), separated by ';', with :profileId and :accountId. */
        Optional<String> erase();

        /** sql: the select whose rows are the system's part of an access copy. */
        Optional<String> access();
    }

    enum Kind {
        WEBHOOK, SQL, MANUAL
    }
}
