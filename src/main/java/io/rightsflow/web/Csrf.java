package io.rightsflow.web;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;

import io.rightsflow.system.Hmac;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The anti-forgery token of the pages' forms (OWASP's signed double-submit cookie): a random value
 * in an HttpOnly, SameSite=Strict cookie, and in every form its HMAC under the session key, bound to
 * who is signed in. A forged form from another site can read neither, and a token copied from one
 * person's page is worth nothing in another's session. Templates write the field with
 * {@code {#csrf /}}.
 */
@RequestScoped
@Named("csrf")
public class Csrf {

    static final String COOKIE = "rightsflow-csrf";
    public static final String FIELD = "csrf";
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    HttpServerRequest request;

    @Inject
    Viewer viewer;

    // Optional so that a missing key is reported by system.SecretsCheck, which stops the start
    @ConfigProperty(name = "quarkus.http.auth.session.encryption-key")
    Optional<String> sessionKey;

    @ConfigProperty(name = "rightsflow.links.base-url")
    String baseUrl;

    /** A cookie value drawn by this request, to be set on its answer; null when the browser had one. */
    private String drawn;

    private String token;

    /** The value of the form field for this request's pages (kept: templates are written on the I/O thread). */
    public String token() {
        if (token == null) {
            token = tokenFor(cookieValue());
        }
        return token;
    }

    /** The field's name, for templates: {@code name="{csrf.field}"}. */
    public String field() {
        return FIELD;
    }

    /** Whether a posted field value is the one this browser's cookie and this session call for. */
    boolean accepts(String posted) {
        Cookie cookie = request.getCookie(COOKIE);
        if (posted == null || cookie == null || cookie.getValue().isBlank()) {
            return false;
        }
        return MessageDigest.isEqual(HexFormat.of().parseHex(tokenFor(cookie.getValue())),
                parseOrEmpty(posted));
    }

    /** The cookie to set on this answer, when this request drew a new value. */
    Cookie newCookie() {
        if (drawn == null) {
            return null;
        }
        return Cookie.cookie(COOKIE, drawn).setPath("/").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setSecure(baseUrl.startsWith("https:"));
    }

    private String cookieValue() {
        Cookie cookie = request.getCookie(COOKIE);
        if (cookie != null && !cookie.getValue().isBlank()) {
            return cookie.getValue();
        }
        if (drawn == null) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            drawn = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        return drawn;
    }

    private String tokenFor(String cookieValue) {
        return Hmac.sha256Hex(sessionKey.orElseThrow(), "csrf\n" + cookieValue + "\n" + viewer.name());
    }

    private static byte[] parseOrEmpty(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
