package io.rightsflow.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/** HTTP Basic over the application's own accounts and staff users, with bcrypt hashes. */
@ApplicationScoped
class LoginIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    static final String ACCOUNT_ID = "accountId";

    @Inject
    Instance<Login> directories;

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> identify(username, password));
    }

    private SecurityIdentity identify(String username, String password) {
        for (Login directory : directories) {
            var found = directory.find(username);
            if (found.isPresent() && Passwords.matches(password, found.get().passwordHash())) {
                Login.Identity identity = found.get().identity();
                var builder = QuarkusSecurityIdentity.builder()
                        .setPrincipal(new QuarkusPrincipal(identity.username()))
                        .addRole(identity.role());
                if (identity.accountId() != null) {
                    builder.addAttribute(ACCOUNT_ID, identity.accountId());
                }
                return builder.build();
            }
        }
        throw new AuthenticationFailedException();
    }
}
