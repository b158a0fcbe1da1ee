package io.rightsflow.account;

import java.util.Map;

import io.rightsflow.link.LinkAction.FormRejected;

/** The new password of a link page's form: typed twice, and through the password rule. */
final class PasswordForm {

    private PasswordForm() {
    }

    /** The password; {@link FormRejected} (the page again, with what to fix) when it cannot be used. */
    static String password(Map<String, String> form) {
        String password = form.get("password");
        if (password == null || password.isEmpty() || !password.equals(form.get("passwordConfirmation"))) {
            throw new FormRejected("Choose a password and repeat it exactly.");
        }
        String broken = PasswordRule.brokenRule(password);
        if (broken != null) {
            throw new FormRejected(Character.toUpperCase(broken.charAt(0)) + broken.substring(1) + ".");
        }
        return password;
    }
}
