package io.rightsflow.security;

import io.quarkus.elytron.security.common.BcryptUtil;
import org.eclipse.microprofile.config.ConfigProvider;

/** Bcrypt hashing for every stored password (accounts and staff). */
public final class Passwords {

    private Passwords() {
    }

    public static String hash(String password) {
        int cost = ConfigProvider.getConfig().getOptionalValue("rightsflow.security.bcrypt-cost", Integer.class)
                .orElse(10);
        return BcryptUtil.bcryptHash(password, cost);
    }

    public static boolean matches(String password, String hash) {
        return hash != null && password != null && BcryptUtil.matches(password, hash);
    }
}
