package io.rightsflow.workflow;

import java.util.regex.Pattern;

/**
 * An incident's message as staff and evidence may show it. The engine stores the message of the
 * exception that failed the step, and a library's message can carry personal data (a mail server's
 * "Invalid Addresses: jane@...", a database constraint quoting the values): only its first line is
 * kept, cut to a length, with addresses and quoted values blanked.
 */
public final class IncidentText {

    public static final int MAX_LENGTH = 300;

    private static final Pattern ADDRESS = Pattern.compile("[\\w.!#$%&'*+/=?^`{|}~-]+@[\\w-]+(?:\\.[\\w-]+)*");
    private static final Pattern DOUBLE_QUOTED = Pattern.compile("\"[^\"]*\"");
    // a quote that opens a value: not an apostrophe inside a word ("can't")
    private static final Pattern SINGLE_QUOTED = Pattern.compile("(?<![\\p{L}\\p{N}])'[^']*'");

    private IncidentText() {
    }

    /** The message cleaned for showing; null when there is none (the page then says so). */
    public static String safe(String message) {
        if (message == null) {
            return null;
        }
        String line = message.strip().lines().findFirst().orElse("").strip();
        line = ADDRESS.matcher(line).replaceAll("[address]");
        line = DOUBLE_QUOTED.matcher(line).replaceAll("[value]");
        line = SINGLE_QUOTED.matcher(line).replaceAll("[value]");
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - 1) + "…";
    }
}
