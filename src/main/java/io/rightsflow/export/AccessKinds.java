package io.rightsflow.export;

import java.util.Map;

/**
 * What the document "about your data" says of each kind of data in a copy (GDPR Art. 15(1)(b),
 * (d), (g)): what it is, where it comes from and how long it is kept. Keyed by the owners' kinds
 * (ProfileData.kind, AccountData.kind) and the copy's own parts; a kind without words here is
 * still listed, pointing to the record of processing.
 */
final class AccessKinds {

    record Words(String what, String source, String retention) {
    }

    static final String UNTIL_PROFILE = "until the profile is erased (a waiting period of %s after the erasure request)";
    static final String UNTIL_ACCOUNT = "until the account is erased (a waiting period of %s after the erasure request)";
    static final String KEPT_AS_EVIDENCE = "kept after an erasure, as the evidence of how requests were answered "
            + "(free-text notes and reasons are erased with the profile)";

    private static final Map<String, Words> WORDS = Map.ofEntries(
            Map.entry("account", new Words("your account: email address, units, status, date of sign-up",
                    "you, at sign-up and in your settings", UNTIL_ACCOUNT)),
            Map.entry("profiles", new Words("the profiles of the account: name, main or family member, status, date",
                    "you, when you add a profile", UNTIL_PROFILE)),
            Map.entry("measurements", new Words("readings (weight, heart rate, activity, blood pressure, ...), each with "
                    + "its source", "your devices (DEVICE), entered by hand (MANUAL), imported from a file (IMPORT)",
                    UNTIL_PROFILE)),
            Map.entry("sleep nights", new Words("nights recorded by a sleep sensor", "your sleep sensor (device)",
                    UNTIL_PROFILE)),
            Map.entry("camera screenshots", new Words("screenshots taken by a camera: time, file name, size",
                    "your camera (device)", UNTIL_PROFILE)),
            Map.entry("camera settings", new Words("live stream and recording switches of your cameras", "you",
                    UNTIL_PROFILE)),
            Map.entry("devices", new Words("the devices paired with a profile", "you, when you pair a device",
                    UNTIL_PROFILE)),
            Map.entry("shares", new Words("whom you show your dashboard to, and readings you shared one by one",
                    "you", UNTIL_PROFILE)),
            Map.entry("dashboards shared with it", new Words("dashboards others show you", "the people who share them",
                    UNTIL_ACCOUNT)),
            Map.entry("challenges", new Words("challenges you organise or take part in, and what other members see of "
                    + "you (name and totals since you joined)", "you; the totals come from your readings",
                    UNTIL_PROFILE)),
            Map.entry("challenge invitations", new Words("invitations to challenges", "the organisers", UNTIL_ACCOUNT)),
            Map.entry("partner links and deliveries", new Words("partner apps you linked and each delivery of "
                    + "readings to them", "you (the link; its access is issued by the partner) and your readings",
                    UNTIL_PROFILE)),
            Map.entry("notifications", new Words("notification preferences and timeline items", "you and Rightsflow",
                    UNTIL_ACCOUNT)),
            Map.entry("objections", new Words("your objections, their decisions, and the restrictions they put in "
                    + "place", "you, and the team's decisions", UNTIL_PROFILE)),
            Map.entry("request records", new Words("your requests: type, status, dates, channel", "you, or customer "
                    + "service on your behalf", KEPT_AS_EVIDENCE)),
            Map.entry("extension reasons", new Words("why a request took longer", "our team", UNTIL_PROFILE)),
            Map.entry("email links", new Words("requests about the whole account and the links we emailed you "
                    + "(never the links themselves)", "you and Rightsflow", KEPT_AS_EVIDENCE)),
            Map.entry("address changes and account links", new Words("changes of your email address and the links we "
                    + "emailed about the account", "you", UNTIL_ACCOUNT)),
            Map.entry("acts asked by agents", new Words("what customer service asked you to approve", "customer service",
                    UNTIL_PROFILE)),
            Map.entry("independence requests", new Words("how a profile got its own account", "you", UNTIL_PROFILE)),
            Map.entry("export archives", new Words("the copies of your data we built, and until when they are kept",
                    "Rightsflow", "%s after they are built (the archive); the record until the profile is erased")),
            Map.entry("cancelled deletions", new Words("deletions of your account that were cancelled, and why",
                    "customer service", UNTIL_ACCOUNT)),
            Map.entry("undelivered notice decisions", new Words("what our team decided when a deletion notice could "
                    + "not be delivered", "our team", UNTIL_ACCOUNT)),
            Map.entry("audit events", new Words("the record of every step taken on your data and requests",
                    "Rightsflow", KEPT_AS_EVIDENCE)));

    private AccessKinds() {
    }

    /** The words of a kind, with the grace period and the archives' retention filled in. */
    static Words of(String kind, String gracePeriod, String archiveRetention) {
        Words words = WORDS.get(kind);
        if (words == null) {
            return new Words(kind, "see the record of processing", "see the record of processing");
        }
        String retention = "export archives".equals(kind) ? words.retention().formatted(inWords(archiveRetention))
                : words.retention().formatted(inWords(gracePeriod));
        return new Words(words.what(), words.source(), retention);
    }

    /** "P7D" as people read it ("7 days"); any other ISO-8601 duration as it is configured. */
    static String inWords(String isoDuration) {
        java.util.regex.Matcher days = java.util.regex.Pattern.compile("P(\\d+)D").matcher(isoDuration);
        if (!days.matches()) {
            return isoDuration;
        }
        return days.group(1) + ("1".equals(days.group(1)) ? " day" : " days");
    }
}
