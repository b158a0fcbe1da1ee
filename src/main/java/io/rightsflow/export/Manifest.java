package io.rightsflow.export;

import java.util.List;

/** manifest.json of an archive: what it holds, in which units, and a SHA-256 per file to check it by. */
record Manifest(String exportedAt, String timeZone, Units units, List<ProfileFiles> profiles, long rowsTotal) {

    record Units(String weight, String distance, String height, String temperature) {
    }

    record ProfileFiles(String profileId, String name, String folder, List<FileEntry> files) {
    }

    record FileEntry(String path, long rows, String sha256) {
    }
}
