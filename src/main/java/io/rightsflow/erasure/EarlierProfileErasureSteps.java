package io.rightsflow.erasure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * The bean names of the profile-erasure process deployed before its steps were named as the account
 * erasure's: an erasure started on that version still runs it, and asks for these. Each is the step of
 * today's name. Remove when none is left.
 */
@ApplicationScoped
class EarlierProfileErasureSteps {

    @Produces
    @Named("sendDeletionScheduledMail")
    JavaDelegate sendDeletionScheduledMail(SendProfileDeletionScheduledMail step) {
        return step;
    }

    @Produces
    @Named("endOtherRequests")
    JavaDelegate endOtherRequests(EndOtherProfileRequests step) {
        return step;
    }

    @Produces
    @Named("disconnectPartners")
    JavaDelegate disconnectPartners(DisconnectProfilePartners step) {
        return step;
    }

    @Produces
    @Named("sendDeletionCompletedMail")
    JavaDelegate sendDeletionCompletedMail(SendProfileDeletionCompletedMail step) {
        return step;
    }
}
