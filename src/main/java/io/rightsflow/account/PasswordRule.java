package io.rightsflow.account;

import io.quarkus.qute.TemplateGlobal;

import io.rightsflow.system.ProblemException;

/**
 * The password rule of every password set through Rightsflow: at least 8 characters, upper- and
 * lower-case letters, and both letters or digits and special characters.
 */
public final class PasswordRule {

    public static final int MIN_LENGTH = 8;

    /** The rule in words, as the forms show it before a password is chosen. */
    public static final String IN_WORDS = "At least " + MIN_LENGTH + " characters, with upper- and lower-case "
            + "letters, and both letters or digits and special characters.";

    /** The rule's words for every template ({@code {passwordRule}}), the email links' pages included. */
    @TemplateGlobal(name = "passwordRule")
    static String inWords() {
        return IN_WORDS;
    }

    private PasswordRule() {
    }

    /** The rule this password breaks, in words a person can act on; null when it passes. */
    public static String brokenRule(String password) {
        if (password == null || password.length() < MIN_LENGTH) {
            return "the password must have at least " + MIN_LENGTH + " characters";
        }
        if (password.chars().noneMatch(Character::isUpperCase) || password.chars().noneMatch(Character::isLowerCase)) {
            return "the password must contain both upper-case and lower-case letters";
        }
        if (password.chars().allMatch(Character::isLetterOrDigit)) {
            return "the password must contain at least one special character (not a letter or digit)";
        }
        return null;
    }

    public static void require(String password) {
        String broken = brokenRule(password);
        if (broken != null) {
            throw ProblemException.badRequest(broken);
        }
    }
}
