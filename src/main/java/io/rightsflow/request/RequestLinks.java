package io.rightsflow.request;

import io.rightsflow.account.AccessWriter;
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

    /**
     * The links mailed for the account's requests, and the requests about the whole account (those
     * about one profile go with RequestRecords): their links are written here.
     */
    @Override
    public void exportTo(AccessWriter out, String accountId) {
        List<DataRequest> all = DataRequest.<DataRequest>list("accountId = ?1 order by receivedAt, id", accountId);
        all.stream().filter(r -> r.profileId == null).forEach(r -> out.write("account-requests", RequestRecords.row(r)));
        links.of(all.stream().map(r -> r.id).toList()).forEach(l -> out.write("request-links", l));
    }
}
