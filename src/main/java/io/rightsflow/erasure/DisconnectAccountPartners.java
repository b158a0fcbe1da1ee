package io.rightsflow.erasure;

import io.rightsflow.account.Profiles;
import io.rightsflow.partner.PartnerGrants;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_DisconnectPartners of an account erasure: the partner links of every profile of the account. */
@Named
@ApplicationScoped
class DisconnectAccountPartners implements JavaDelegate {

    @Inject
    Profiles profiles;

    @Inject
    PartnerGrants grants;

    @Override
    public void execute(DelegateExecution execution) {
        String requestId = (String) execution.getVariable("requestId");
        profiles.ofAccount((String) execution.getVariable("accountId"))
                .forEach(profile -> grants.revokeAllOf(profile.id(), requestId));
    }
}
