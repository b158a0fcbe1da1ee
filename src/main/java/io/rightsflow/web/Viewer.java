package io.rightsflow.web;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.rightsflow.security.Roles;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Who looks at a page, for the layout's navigation ({@code {inject:viewer.subject}}) and the form tokens. */
@RequestScoped
@Named("viewer")
public class Viewer {

    @Inject
    SecurityIdentity identity;

    @Inject
    RoutingContext routing;

    private String name;
    private Set<String> roles;

    private void resolve() {
        if (roles != null) {
            return;
        }
        SecurityIdentity who = identity;
        if (Context.isOnEventLoopThread()) {
            // an answer written on the I/O thread (a page that does not exist) may not look the person
            // up: it shows whoever the call has met already, or no one
            who = routing.user() instanceof QuarkusHttpUser user ? user.getSecurityIdentity() : null;
        }
        name = who == null || who.isAnonymous() ? "" : who.getPrincipal().getName();
        roles = who == null ? Set.of() : Set.copyOf(who.getRoles());
    }

    public boolean isSignedIn() {
        resolve();
        return !name.isEmpty();
    }

    public boolean isSubject() {
        resolve();
        return roles.contains(Roles.SUBJECT);
    }

    public boolean isUnconfirmed() {
        resolve();
        return roles.contains(Roles.UNCONFIRMED);
    }

    public boolean isAgent() {
        resolve();
        return roles.contains(Roles.AGENT);
    }

    public boolean isAuditor() {
        resolve();
        return roles.contains(Roles.AUDITOR);
    }

    public boolean isComplianceOfficer() {
        resolve();
        return roles.contains(Roles.COMPLIANCE_OFFICER);
    }

    public boolean isAdmin() {
        resolve();
        return roles.contains(Roles.ADMIN);
    }

    /** The username (an account's email): for the form tokens, never shown. */
    String name() {
        resolve();
        return name;
    }
}
