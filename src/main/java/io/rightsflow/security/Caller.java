package io.rightsflow.security;

import java.util.Set;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/** The person behind the current HTTP call. */
@RequestScoped
public class Caller {

    @Inject
    SecurityIdentity identity;

    public boolean isSubject() {
        return identity.hasRole(Roles.SUBJECT);
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** The caller's own account; null for staff and anonymous callers. */
    public String accountId() {
        return identity.getAttribute(LoginIdentityProvider.ACCOUNT_ID);
    }

    public String username() {
        return identity.isAnonymous() ? null : identity.getPrincipal().getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    /** How the audit trail names the caller: by account id for subjects, never by email. */
    public String actor() {
        if (identity.isAnonymous()) {
            return "anonymous";
        }
        return isSubject() ? "subject:" + accountId() : roles().iterator().next() + ":" + username();
    }

    /** Whether the caller may act on this account: its owner, or any agent. */
    public boolean mayActFor(String accountId) {
        return hasRole(Roles.AGENT) || (isSubject() && accountId != null && accountId.equals(accountId()));
    }
}
