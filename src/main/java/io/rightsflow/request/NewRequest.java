package io.rightsflow.request;

import java.util.List;
import java.util.Map;

/**
 * The body of POST /api/requests: the common fields and those of every type. An agent filing for a
 * subject adds {@code ticket} (the customer-service ticket), {@code identityCheck} (how the subject's
 * identity was checked, one of {@code rightsflow.desk.identity-checks}) and {@code identityNote}.
 * A RECTIFICATION names the readings it is about ({@code measurementIds}), account fields with their
 * right value ({@code fields}), right values of readings the person entered ({@code corrections}) and
 * the profile that readings belong to ({@code moveToProfileId}). A RESTRICTION names its {@code ground}.
 */
public record NewRequest(RequestType type, String profileId, String accountId, List<String> purposes,
        String statement, String newEmail, String partner, Boolean notifyErasure, String ticket,
        String identityCheck, String identityNote, List<Long> measurementIds, Map<String, String> fields,
        List<Correction> corrections, String moveToProfileId, String ground) {

    /** The body of every type but RECTIFICATION and RESTRICTION. */
    public NewRequest(RequestType type, String profileId, String accountId, List<String> purposes,
            String statement, String newEmail, String partner, Boolean notifyErasure, String ticket,
            String identityCheck, String identityNote) {
        this(type, profileId, accountId, purposes, statement, newEmail, partner, notifyErasure, ticket,
                identityCheck, identityNote, null, null, null, null, null);
    }

    /** The right value of a reading: {@code value} in {@code unit}, or a blood pressure's two values in mmHg. */
    public record Correction(Long measurementId, Double value, String unit, Double systolic, Double diastolic) {
    }
}
