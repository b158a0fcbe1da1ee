package io.rightsflow.request;

import java.util.List;

import io.rightsflow.account.AccountData;
import io.rightsflow.link.Links;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The email links of an erased account's requests. They hold no personal data, but they are the
 * account's tokens: they go with it. The request records themselves stay, as the law requires.
 */
@ApplicationScoped
class RequestLinks implements AccountData {

    @Inject
    Links links;

    @Override
    public String kind() {
        return "email links";
    }

    @Override
    public int purge(String accountId, int limit) {
        List<String> requestIds = DataRequest.<DataRequest>list("accountId", accountId).stream().map(r -> r.id).toList();
        return links.deleteOf(requestIds, limit);
    }
}
