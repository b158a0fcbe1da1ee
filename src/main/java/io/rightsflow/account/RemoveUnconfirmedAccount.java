package io.rightsflow.account;

import io.rightsflow.audit.AuditTrail;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.LockModeType;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_RemoveUnconfirmedAccount: nobody proved the address in time, so the account goes with its
 * profiles and its address is free again. It could hold no data (it may call nothing); every owner
 * is asked all the same, in case staff acted for it, so that nothing is left pointing at it (its
 * links go with {@link AccountLinksData}).
 */
@Named
@ApplicationScoped
class RemoveUnconfirmedAccount implements JavaDelegate {

    @Inject
    Instance<ProfileData> profileOwners;

    @Inject
    Instance<AccountData> accountOwners;

    @Inject
    AuditTrail audit;

    @Override
    public void execute(DelegateExecution execution) {
        String accountId = (String) execution.getVariable("accountId");
        Account account = Account.findById(accountId, LockModeType.PESSIMISTIC_WRITE);
        if (account == null || account.status != AccountStatus.UNCONFIRMED) {
            return; // confirmed at the last moment: it stays
        }
        List<Profile> profiles = Profile.ofAccount(accountId);
        profileOwners.stream().sorted((a, b) -> Integer.compare(a.order(), b.order())).forEach(owner ->
                profiles.forEach(profile -> owner.purge(profile.id, Integer.MAX_VALUE)));
        accountOwners.forEach(owner -> owner.purge(accountId, Integer.MAX_VALUE));
        profiles.forEach(profile -> profile.delete());
        account.delete();
        audit.record("UNCONFIRMED_ACCOUNT_REMOVED", AuditTrail.SYSTEM, null, null,
                "account=" + accountId + " profiles=" + profiles.size());
    }
}
