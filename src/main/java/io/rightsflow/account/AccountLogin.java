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
    public Optional<Identity> authenticate(String username, String password) {
        if (username == null || !username.contains("@")) {
            return Optional.empty();
        }
        Account account = Account.findByEmail(username);
        if (account == null || account.status != AccountStatus.ACTIVE
                || !Passwords.matches(password, account.passwordHash)) {
            return Optional.empty();
        }
        return Optional.of(new Identity(account.email, Roles.SUBJECT, account.id));
    }
}
