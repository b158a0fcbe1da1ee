package io.rightsflow.desk;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.ProfileData;
import io.rightsflow.request.Requests;
import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The reasons an agent wrote for extending a request's due date are free text about the person:
 * they go with the profile. The request record keeps that it was extended, and by how much.
 */
@ApplicationScoped
class ExtensionReasons implements ProfileData {

    @Inject
    Requests requests;

    @Override
    public String kind() {
        return "extension reasons";
    }

    @Override
    public int order() {
        return 8;
    }

    /**
     * The reasons are written on the profile's request records, which move with the profile
     * (RequestRecords): from then on only the new owner can read them, and a later extension
     * mails them to the new owner.
     */
    @Override
    public void moved(String profileId, String fromAccountId, String toAccountId) {
    }

    @Override
    public int purge(String profileId, int limit) {
        return requests.forgetExtensionReasons(profileId);
    }

    /** The reasons are written on the request records, exported with them (RequestRecords): counted here. */
    @Override
    public void exportTo(AccessWriter out, String profileId) {
        requests.extensionsOf(profileId).forEach(e -> out.write("extensions", e));
    }
}
