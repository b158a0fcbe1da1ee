package io.rightsflow.request;

import java.util.List;

/**
 * The body of POST /api/requests: the common fields and those of every type. An agent filing for a
 * subject adds {@code ticket} (the customer-service ticket), {@code identityCheck} (how the subject's
 * identity was checked, one of {@code rightsflow.desk.identity-checks}) and {@code identityNote}.
 * A RESTRICTION names its {@code ground}.
 */
public record NewRequest(RequestType type, String profileId, String accountId, List<String> purposes,
        String statement, String newEmail, String partner, Boolean notifyErasure, String ticket,
        String identityCheck, String identityNote, String ground) {

    /** A body without a restriction's ground: every type but RESTRICTION. */
    public NewRequest(RequestType type, String profileId, String accountId, List<String> purposes, String statement,
            String newEmail, String partner, Boolean notifyErasure, String ticket, String identityCheck,
            String identityNote) {
        this(type, profileId, accountId, purposes, statement, newEmail, partner, notifyErasure, ticket, identityCheck,
                identityNote, null);
    }
}
