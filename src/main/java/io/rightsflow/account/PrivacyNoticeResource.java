package io.rightsflow.account;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The version of the privacy notice in force, for an app to show it and name it at sign-up ({@code acceptedNotice}). */
@Path("/api/privacy-notice")
@PermitAll
public class PrivacyNoticeResource {

    @Inject
    PrivacyNotice notice;

    public record Current(String version, String page) {
    }

    @GET
    public Current current() {
        return new Current(notice.version(), PrivacyNotice.PAGE);
    }
}
