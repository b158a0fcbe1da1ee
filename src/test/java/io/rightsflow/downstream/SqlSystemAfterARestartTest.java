package io.rightsflow.downstream;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.rightsflow.support.RealSmtpProfile;
import org.junit.jupiter.api.Tag;

/**
 * The MariaDB system again, in a service started a second time in this JVM, with a class loader of
 * its own: DriverManager, which scans for drivers once per JVM, must still find them. (Any other
 * profile would do; this one's service is started for its own tests anyway.)
 */
@QuarkusTest
@Tag("database")
@TestProfile(RealSmtpProfile.class)
class SqlSystemAfterARestartTest extends SqlSystemOnMariaDbTest {
}
