package io.rightsflow.desk;

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
    public int purge(String accountId, int limit) {
        return (int) DueSoonNote.delete("accountId", accountId);
    }
}
