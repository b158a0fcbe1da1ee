package io.rightsflow.security;

/** The four roles of the API. */
public final class Roles {
    public static final String SUBJECT = "subject";
    public static final String AGENT = "agent";
    public static final String AUDITOR = "auditor";
    public static final String ADMIN = "admin";

    private Roles() {
    }

    public static boolean isStaffRole(String role) {
        return AGENT.equals(role) || AUDITOR.equals(role) || ADMIN.equals(role);
    }
}
