package io.rightsflow.link;

import jakarta.ws.rs.core.StreamingOutput;

/**
 * A link that delivers a file on GET, as often as needed until it expires (an export's archive):
 * the exception to "GET never acts", since downloading changes nothing.
 */
public interface LinkDownload {

    /** The purpose this download serves, e.g. "export-download". */
    String purpose();

    /** The file of the link's request, or null when it is gone (the link then answers 410). */
    Download file(String requestId);

    /** The bytes are written when the response is, after the link's transaction: {@code body} reads them then. */
    record Download(StreamingOutput body, long sizeBytes, String fileName, String contentType) {
    }
}
