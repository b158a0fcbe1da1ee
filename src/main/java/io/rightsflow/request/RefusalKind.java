package io.rightsflow.request;

/** Why a request is refused (Art. 12(4)-(5)): the kind the desk chooses, told to the person in words. */
public enum RefusalKind {
    /** Art. 12(5)(b): the earlier requests of the subject are the evidence. */
    MANIFESTLY_UNFOUNDED_OR_EXCESSIVE,
    /** Art. 11(2), 12(6): the requester could not be identified as the person the data is about. */
    IDENTITY_NOT_ESTABLISHED,
    /** Art. 15(4), 20(4): granting it would adversely affect the rights and freedoms of others. */
    RIGHTS_OF_OTHERS,
    /** Art. 17(3), 23: the law requires or allows us to keep or process the data. */
    LEGAL_EXEMPTION,
    /** Anything else, said in the reasons. */
    OTHER;

    /** The kind as the person and the desk read it. */
    public String words() {
        return switch (this) {
            case MANIFESTLY_UNFOUNDED_OR_EXCESSIVE -> "The request is manifestly unfounded or excessive, in particular "
                    + "because of its repetitive character (GDPR Art. 12(5))";
            case IDENTITY_NOT_ESTABLISHED -> "We could not establish that the request comes from the person the data "
                    + "is about (GDPR Art. 11(2) and 12(6))";
            case RIGHTS_OF_OTHERS -> "Granting it would adversely affect the rights and freedoms of others "
                    + "(GDPR Art. 15(4) and 20(4))";
            case LEGAL_EXEMPTION -> "The law requires or allows us to keep or process this data "
                    + "(GDPR Art. 17(3) and 23)";
            case OTHER -> "Another reason, given below";
        };
    }
}
