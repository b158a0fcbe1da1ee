package io.rightsflow.export;

import io.rightsflow.request.RequestType;

/**
 * The two archives a person asks for from their settings, each with its page: their data to take
 * elsewhere (EXPORT, Art. 20) or a copy of everything held about them (ACCESS, Art. 15).
 */
public enum ArchiveKind {

    EXPORT(RequestType.EXPORT, "/settings/download", "Download my data", "Request my data", "Your download of",
            "We put the measurements of a profile, or of all of them, in one archive of CSV files that other apps "
                    + "can read."),
    ACCESS(RequestType.ACCESS, "/settings/copy", "A copy of all we hold about me", "Request my copy", "Your copy of",
            "We put everything we hold about a profile, or about all the profiles you hold, in one archive: your "
                    + "account, profiles, devices, measurements, shares, partner apps, requests and the events we "
                    + "recorded about you, with a document that says why we hold it, who receives it, for how long, "
                    + "and your rights.");

    final RequestType type;
    /** Where its page is. */
    public final String path;
    public final String title;
    public final String button;
    public final String progressTitle;
    public final String intro;

    ArchiveKind(RequestType type, String path, String title, String button, String progressTitle, String intro) {
        this.type = type;
        this.path = path;
        this.title = title;
        this.button = button;
        this.progressTitle = progressTitle;
        this.intro = intro;
    }
}
