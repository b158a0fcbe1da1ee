package io.rightsflow.request;

/** Whom a request is about: the account, and the profile unless it is about the whole account. */
public record RequestSubject(String accountId, String profileId) {

    public static RequestSubject profile(String accountId, String profileId) {
        return new RequestSubject(accountId, profileId);
    }
}
