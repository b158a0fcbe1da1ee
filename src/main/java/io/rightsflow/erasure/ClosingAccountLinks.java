package io.rightsflow.erasure;

import java.util.Set;

import io.rightsflow.account.Accounts;
import io.rightsflow.export.ExportDownload;
import io.rightsflow.export.SaveYourDataLink;
import io.rightsflow.link.LinkGuard;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * While an account waits for its deletion, the only links of its requests that still work are
 * those that save its data; the others work again if customer service cancels the deletion.
 */
@ApplicationScoped
class ClosingAccountLinks implements LinkGuard {

    static final Set<String> SAVING_DATA = Set.of(SaveYourDataLink.PURPOSE, ExportDownload.PURPOSE);

    @Inject
    Accounts accounts;

    @Inject
    Requests requests;

    @Override
    public String refusal(String requestId, String purpose) {
        if (SAVING_DATA.contains(purpose)) {
            return null;
        }
        RequestRef request = requests.find(requestId);
        if (request == null || request.accountId() == null || !accounts.isClosing(request.accountId())) {
            return null;
        }
        return "This account is being deleted, so this link no longer works. "
                + "If you want to keep the account, contact our customer service before the deletion date.";
    }
}
