package io.rightsflow.account;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Hears {@link AddressConfirmed} as the features waiting for an address do. */
@ApplicationScoped
class ConfirmedAddresses {

    private final List<AddressConfirmed> heard = new CopyOnWriteArrayList<>();

    void heard(@Observes AddressConfirmed event) {
        heard.add(event);
    }

    long of(String accountId) {
        return heard.stream().filter(e -> e.accountId().equals(accountId)).count();
    }

    List<AddressConfirmed> all() {
        return heard;
    }
}
