package io.rightsflow.staff;

import java.util.Optional;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Creates the user {@code admin} at first start when {@code rightsflow.bootstrap.admin-password} is set. */
@ApplicationScoped
class BootstrapAdmin {

    private static final Logger LOG = Logger.getLogger(BootstrapAdmin.class);
    static final String USERNAME = "admin";

    @Inject
    StaffAccounts staff;

    @ConfigProperty(name = "rightsflow.bootstrap.admin-password")
    Optional<String> password;

    @Transactional
    void onStart(@Observes StartupEvent event) {
        if (password.isEmpty() || StaffUser.findById(USERNAME) != null) {
            return;
        }
        staff.create(USERNAME, password.get(), "admin");
        LOG.info("created the bootstrap staff user 'admin'");
    }
}
