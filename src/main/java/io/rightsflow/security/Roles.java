package io.rightsflow.security;

/** The five roles of the API, and the one of an account whose address is not confirmed yet. */
public final class Roles {
    public static final String SUBJECT = "subject";
    public static final String AGENT = "agent";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";
    /** Places and lifts legal holds (Art. 17(3)(b), (e)) that keep data from an erasure. */
    public static final String COMPLIANCE_OFFICER = "compliance-officer";
    /** A new account whose owner has not followed the link mailed to its address: it may only learn that. */
    public static final String UNCONFIRMED = "unconfirmed";

    private Roles() {
    }

    public static boolean isStaffRole(String role) {
        return AGENT.equals(role) || AUDITOR.equals(role) || ADMIN.equals(role) || COMPLIANCE_OFFICER.equals(role);
    }
}
