package io.rightsflow.account;

import java.util.Optional;

import io.rightsflow.security.Login;
import io.rightsflow.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Subjects log in with their account email. */
@ApplicationScoped
class AccountLogin implements Login {

    @Override
    @Transactional
    public Optional<Credential> find(String username) {
        if (username == null || !username.contains("@")) {
            return Optional.empty();
        }
        Account account = Account.findByEmail(username);
        if (account == null || account.status != AccountStatus.ACTIVE) {
            return Optional.empty();
        }
        return Optional.of(new Credential(new Identity(account.email, Roles.SUBJECT, account.id), account.passwordHash));
    }
}
