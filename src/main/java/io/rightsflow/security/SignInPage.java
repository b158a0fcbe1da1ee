package io.rightsflow.security;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.credential.PasswordCredential;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.quarkus.vertx.http.runtime.security.PersistentLoginManager;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Sign in and sign out. The password goes through the same identity provider as HTTP Basic
 * (throttled, equal timing), and the session is Quarkus' encrypted form-login cookie, which Quarkus
 * reads back on every later call. The form posts here rather than to Quarkus' own sign-in address
 * so that it is guarded against forgery like every other form and can say why it refused.
 * (The pages' helpers live in {@code web}, which builds on this package, so these pages answer by
 * themselves.)
 */
@Path("/")
@PermitAll
@Produces(MediaType.TEXT_HTML)
public class SignInPage {

    /** The page a person asked for before they were sent to sign in (set by web.PageAnswers). */
    public static final String RETURN_TO = "rightsflow-return-to";
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    @CheckedTemplate(basePath = "security", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance signIn(String email, String problem, boolean signedOut);
    }

    @Inject
    SecurityIdentity identity;

    @Inject
    IdentityProviderManager identities;

    @Inject
    RoutingContext routing;

    private final PersistentLoginManager sessions;

    // Optional so that a missing key is reported by system.SecretsCheck, in its words, and not by
    // the injection, which would stop the start first with a bare "Failed to load config value".
    SignInPage(@ConfigProperty(name = "quarkus.http.auth.session.encryption-key") Optional<String> key,
            @ConfigProperty(name = "quarkus.http.auth.form.cookie-name") String cookie,
            @ConfigProperty(name = "quarkus.http.auth.form.timeout") Duration timeout,
            @ConfigProperty(name = "quarkus.http.auth.form.new-cookie-interval", defaultValue = "PT1M") Duration renewal) {
        // the same key, name and lifetime as Quarkus' form sign-in, which reads the cookie back
        this.sessions = new PersistentLoginManager(key.orElseThrow(), cookie, timeout.toMillis(), renewal.toMillis(), true,
                "STRICT", "/", -1, null);
    }

    @GET
    @Path("login")
    public Response show(@QueryParam("signed-out") boolean signedOut) {
        if (!identity.isAnonymous()) {
            return seeOther("/");
        }
        return page(Response.Status.OK, null, null, signedOut);
    }

    @POST
    @Path("login")
    public Response signIn(@RestForm String email, @RestForm String password) {
        if (email == null || email.isBlank() || password == null || password.isEmpty()) {
            return page(Response.Status.BAD_REQUEST, email, "Enter your email and your password.", false);
        }
        SecurityIdentity signedIn;
        try {
            signedIn = identities.authenticateBlocking(HttpSecurityUtils.setRoutingContextAttribute(
                    new UsernamePasswordAuthenticationRequest(email.trim(), new PasswordCredential(password.toCharArray())),
                    routing));
        } catch (AuthenticationFailedException refused) {
            if (refused.getCause() instanceof LoginThrottled throttled) {
                return Response.fromResponse(page(Response.Status.TOO_MANY_REQUESTS, email, "Too many failed "
                        + "attempts. Try again in " + throttled.retryAfterSeconds() + " seconds, or choose a new password.",
                        false)).header("Retry-After", throttled.retryAfterSeconds()).build();
            }
            return page(Response.Status.BAD_REQUEST, email,
                    "This email and password do not match an account. Check them, or choose a new password.", false);
        }
        sessions.save(signedIn, routing, null, routing.request().isSSL());
        return seeOther(returnTo());
    }

    @POST
    @Path("logout")
    public Response signOut() {
        sessions.clear(routing);
        return seeOther("/login?signed-out=true");
    }

    /** Back to the page the person asked for, if it was one of ours (a path, never another site). */
    private String returnTo() {
        Cookie cookie = routing.request().getCookie(RETURN_TO);
        if (cookie == null) {
            return "/";
        }
        routing.response().addCookie(Cookie.cookie(RETURN_TO, "").setPath("/").setMaxAge(0));
        String path = cookie.getValue();
        return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }

    private static Response page(Response.Status status, String email, String problem, boolean signedOut) {
        // written here, not on the I/O thread, where the layout could not look up who is signed in
        return Response.status(status).type(HTML).entity(Templates.signIn(email, problem, signedOut).render()).build();
    }
}
