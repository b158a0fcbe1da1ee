package io.rightsflow.system;

import io.smallrye.config.ConfigMapping;

/**
 * The supervisory authority a person may complain to (GDPR Art. 15(1)(f), 77), as the operator
 * configures it: {@code rightsflow.authority.name}, {@code .address}, {@code .url}. No default
 * outside dev mode and the tests: a service that names no authority does not start.
 */
@ConfigMapping(prefix = "rightsflow.authority")
public interface Authority {

    /** E.g. "Data Protection Commission". */
    String name();

    /** The postal address, on one line. */
    String address();

    /** Where a complaint is lodged online. */
    String url();
}
