package io.rightsflow.downstream;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * UserTask_SettleSystem: a webhook or sql system kept refusing, said it failed, or never called
 * back. RETRY_SYSTEM once it is fixed; DONE_BY_HAND with the evidence; GIVE_UP_SYSTEM with why.
 */
@ApplicationScoped
class SettleSystemTask extends SystemDeskTask {

    static final String RETRY = "RETRY_SYSTEM";

    @Override
    public String taskKey() {
        return "UserTask_SettleSystem";
    }

    @Override
    public List<String> decisions() {
        return List.of(RETRY, DONE_BY_HAND, GIVE_UP);
    }
}
