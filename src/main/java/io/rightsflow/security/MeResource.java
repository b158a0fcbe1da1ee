package io.rightsflow.security;

import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.quarkus.security.Authenticated;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

@Path("/api/me")
@Authenticated
public class MeResource {

    @Inject
    Caller caller;

    @Inject
    Instance<NoticeStanding> notices;

    /**
     * For subjects also the privacy notice their account accepted ({@code noticeVersion}, absent when
     * none), whether it is the one in force ({@code noticeCurrent}), and that one ({@code currentNotice}).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Me(String username, Set<String> roles, String accountId, String noticeVersion, Boolean noticeCurrent,
            String currentNotice) {
    }

    @GET
    public Me me() {
        String accountId = caller.accountId();
        NoticeStanding.Standing notice = accountId == null || !notices.isResolvable() ? null
                : notices.get().of(accountId);
        return notice == null ? new Me(caller.username(), caller.roles(), accountId, null, null, null)
                : new Me(caller.username(), caller.roles(), accountId, notice.noticeVersion(), notice.noticeCurrent(),
                        notice.currentNotice());
    }
}
