package io.rightsflow.consent;

import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithParentName;

/**
 * The legal basis of each purpose, where an operator departs from the law's default for health
 * data ({@link Purpose#lawfulDefault}): {@code rightsflow.purposes."<purpose id>".basis}, one of
 * {@code consent}, {@code contract}, {@code legitimate-interest}. A misspelt key fails the start.
 */
@ConfigMapping(prefix = "rightsflow.purposes")
interface PurposesConfig {

    @WithParentName
    Map<String, PurposeConfig> purposes();

    interface PurposeConfig {
        Optional<String> basis();
    }
}
