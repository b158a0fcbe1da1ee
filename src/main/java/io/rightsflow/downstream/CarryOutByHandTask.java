package io.rightsflow.downstream;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * UserTask_CarryOutByHand: a manual system (no API; e.g. the support tool): the team that runs it
 * carries the request out and records the evidence, or gives up with the reason.
 */
@ApplicationScoped
class CarryOutByHandTask extends SystemDeskTask {

    @Override
    public String taskKey() {
        return "UserTask_CarryOutByHand";
    }

    @Override
    public List<String> decisions() {
        return List.of(DONE_BY_HAND, GIVE_UP);
    }
}
