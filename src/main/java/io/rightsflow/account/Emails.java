package io.rightsflow.account;

import java.util.Locale;
import java.util.regex.Pattern;

final class Emails {

    // Deliberately loose: the confirmation mails are the real check that an address works.
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private Emails() {
    }

    static String normalise(String email) {
        return email == null ? null : email.strip().toLowerCase(Locale.ROOT);
    }

    static boolean looksValid(String email) {
        return email != null && email.length() <= 320 && SHAPE.matcher(email.strip()).matches();
    }
}
