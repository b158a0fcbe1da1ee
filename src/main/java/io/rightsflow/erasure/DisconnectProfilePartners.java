package io.rightsflow.erasure;

import io.rightsflow.partner.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_DisconnectPartners of a profile erasure: every partner link of the profile is revoked
 * (tokens destroyed) before its data goes.
 */
@Named
@ApplicationScoped
class DisconnectProfilePartners implements JavaDelegate {

    @Inject
    PartnerGrants grants;

    @Override
    public void execute(DelegateExecution execution) {
        grants.revokeAllOf((String) execution.getVariable("profileId"), (String) execution.getVariable("requestId"));
    }
}
