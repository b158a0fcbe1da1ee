package io.rightsflow.desk;

import io.rightsflow.account.AccessWriter;
import io.rightsflow.account.AccountData;
import jakarta.enterprise.context.ApplicationScoped;

/** The due-soon notes left when an account is erased: those of requests about the whole account. */
@ApplicationScoped
class DueSoonAccountNotes implements AccountData {

    @Override
    public String kind() {
        return "due-soon notes of account requests";
    }

    @Override
    public void exportTo(AccessWriter out, String accountId) {
        DueSoonNote.<DueSoonNote>list("accountId = ?1 and profileId is null", accountId)
                .forEach(n -> out.write("due-soon-notes", DueSoonNotes.NoteCopy.of(n)));
    }

    @Override
    public int purge(String accountId, int limit) {
        return (int) DueSoonNote.delete("accountId", accountId);
    }
}
