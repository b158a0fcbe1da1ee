package io.rightsflow.approval;

import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.link.LinkAction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The two links of the approval mail, to approve or to refuse what customer service asked for.
 * The page says who asked (our customer service, and the ticket) and why (the agent's reason).
 */
abstract class ActAnswerLinks implements LinkAction {

    static final String APPROVE = "act-approval";
    static final String REFUSE = "act-refusal";

    @Inject
    ActDecisions decisions;

    @Inject
    Profiles profiles;

    static String asked(PendingAct act, String what, String profileName) {
        return "Our customer service asked, for ticket " + act.ticket + ", to " + what + " (profile \"" + profileName
                + "\"). The reason they gave: \"" + act.reason + "\". Nothing happens unless you approve.";
    }

    String page(String actId) {
        PendingAct act = PendingAct.findById(actId);
        if (act == null || act.status != ActStatus.AWAITING_SUBJECT) {
            throw new LinkRefused("This request is no longer waiting for your answer. Nothing was changed.");
        }
        ProfileRef profile = profiles.find(act.profileId);
        return asked(act, decisions.describe(act), profile == null ? "" : profile.name());
    }

    @ApplicationScoped
    static class Approve extends ActAnswerLinks {
        @Override
        public String purpose() {
            return APPROVE;
        }

        @Override
        public Description describe(String actId) {
            return new Description("Approve what customer service asked for", page(actId), "Approve");
        }

        @Override
        public Description perform(String actId) {
            decisions.answer(actId, true);
            return new Description("Approved", "Thank you: it is done as you approved.", null);
        }
    }

    @ApplicationScoped
    static class Refuse extends ActAnswerLinks {
        @Override
        public String purpose() {
            return REFUSE;
        }

        @Override
        public Description describe(String actId) {
            return new Description("Refuse what customer service asked for", page(actId), "Refuse");
        }

        @Override
        public Description perform(String actId) {
            decisions.answer(actId, false);
            return new Description("Refused", "Nothing was done. Customer service sees that you refused.", null);
        }
    }
}
