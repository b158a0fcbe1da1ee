package io.rightsflow.sharing;

import io.rightsflow.account.ProfileData;
import jakarta.enterprise.context.ApplicationScoped;

/** An erased profile's dashboard shares and its record of shared items go with it: sharing stops for good. */
@ApplicationScoped
public class SharingData implements ProfileData {

    @Override
    public String kind() {
        return "shares";
    }

    @Override
    public int order() {
        return 3;
    }

    @Override
    public int purge(String profileId, int limit) {
        return (int) (DashboardShare.delete("profileId", profileId) + ItemShare.delete("profileId", profileId));
    }
}
