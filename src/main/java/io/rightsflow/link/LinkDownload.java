package io.rightsflow.link;

import java.nio.file.Path;

/**
 * A link that delivers a file on GET, as often as needed until it expires (an export's archive):
 * the exception to "GET never acts", since downloading changes nothing.
 */
public interface LinkDownload {

    /** The purpose this download serves, e.g. "export-download". */
    String purpose();

    /** The file of the link's request, or null when it is gone (the link then answers 410). */
    Download file(String requestId);

    record Download(Path path, String fileName, String contentType) {
    }
}
