package io.rightsflow.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who a signed-in browser is: the session cookie of the form sign-in names the person, and the
 * directories say, on every call, whether they may still log in and with which role. A person
 * disabled, or an account closing, is signed out at their next click, not when the cookie expires.
 */
@ApplicationScoped
class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {

    @Inject
    Instance<Login> directories;

    @Override
    public Class<TrustedAuthenticationRequest> getRequestType() {
        return TrustedAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> LoginIdentityProvider.lookUp(directories, request.getPrincipal())
                .map(credential -> LoginIdentityProvider.identityOf(credential.identity()))
                .orElseThrow(AuthenticationFailedException::new));
    }
}
