package io.rightsflow.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the audit chain ends: the number of its last sealed event and that seal's hash, written
 * {@code <number>:<hash>}. A head noted earlier (or published) must still be in the chain with the
 * same hash; otherwise events were removed from its end or rewritten.
 */
public record ChainHead(long number, String hash) {

    /** The head of a chain that holds no event yet: what the first seal follows. */
    public static final ChainHead START = new ChainHead(0, "0".repeat(64));

    public static final String FORMAT = "<number>:<hash>";

    private static final Pattern TEXT = Pattern.compile("([1-9][0-9]{0,17}):([0-9a-fA-F]{64})");

    /** What an auditor noted, or empty when it does not have the shape of a head. */
    public static Optional<ChainHead> parse(String text) {
        Matcher head = TEXT.matcher(text.strip());
        if (!head.matches()) {
            return Optional.empty();
        }
        return Optional.of(new ChainHead(Long.parseLong(head.group(1)), head.group(2).toLowerCase(Locale.ROOT)));
    }

    @Override
    public String toString() {
        return number + ":" + hash;
    }
}
