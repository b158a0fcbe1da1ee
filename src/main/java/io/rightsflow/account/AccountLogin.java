package io.rightsflow.account;

import java.util.Optional;

import io.rightsflow.security.Login;
import io.rightsflow.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Subjects log in with their account email. An account whose address is not confirmed yet logs in
 * as {@link Roles#UNCONFIRMED}, which only learns that it must confirm ({@link UnconfirmedCallers}).
 */
@ApplicationScoped
class AccountLogin implements Login {

    @Override
    @Transactional
    public Optional<Credential> find(String username) {
        if (username == null || !username.contains("@")) {
            return Optional.empty();
        }
        Account account = Account.findByEmail(username);
        if (account == null) {
            return Optional.empty();
        }
        String role = switch (account.status) {
            case ACTIVE -> Roles.SUBJECT;
            case UNCONFIRMED -> Roles.UNCONFIRMED;
            case PENDING_DELETION -> null;
        };
        return role == null ? Optional.empty()
                : Optional.of(new Credential(new Identity(account.email, role, account.id), account.passwordHash));
    }
}
