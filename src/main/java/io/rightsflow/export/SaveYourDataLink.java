package io.rightsflow.export;

import io.rightsflow.link.LinkAction;
import io.rightsflow.request.RequestRef;
import io.rightsflow.request.RequestSubject;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.Requests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The save-your-data link of the "deletion scheduled" mails: confirming it files an EXPORT of the
 * profile or the account being erased, whose "export ready" mail then brings the download link.
 */
@ApplicationScoped
public class SaveYourDataLink implements LinkAction {

    public static final String PURPOSE = "save-your-data";

    @Inject
    Requests requests;

    @Override
    public String purpose() {
        return PURPOSE;
    }

    @Override
    public Description describe(String erasureRequestId) {
        boolean account = isAccountErasure(requests.find(erasureRequestId));
        return new Description(account ? "Get a copy of your data" : "Get a copy of your profile's data",
                "We will put " + (account ? "the data of every profile of your account" : "this profile's data")
                        + " into an archive of CSV files, which any spreadsheet program opens, "
                        + "and email you a link to download it, usually within minutes.",
                "Send me my data");
    }

    @Override
    public Description perform(String erasureRequestId) {
        RequestRef erasure = requests.find(erasureRequestId);
        if (erasure == null || erasure.profileId() == null || !erasure.isOpen()) {
            throw new LinkRefused("This deletion is no longer pending, so this link no longer applies. "
                    + "You can ask for a copy of your data from your account.");
        }
        // An account's export holds every profile of it, one folder each.
        String profileId = isAccountErasure(erasure) ? null : erasure.profileId();
        requests.fileFromLink(RequestType.EXPORT, new RequestSubject(erasure.accountId(), profileId), "link:" + PURPOSE);
        return new Description("Your data is on its way",
                "We are preparing the archive and will email you a download link when it is ready.", null);
    }

    private static boolean isAccountErasure(RequestRef erasure) {
        return erasure != null && erasure.type() == RequestType.ACCOUNT_ERASURE;
    }
}
