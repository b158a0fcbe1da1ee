package io.rightsflow.request;

/** How a request reached us: the subject themselves, or an agent working a ticket. */
public enum Channel {
    SELF_SERVICE, CUSTOMER_SERVICE
}
