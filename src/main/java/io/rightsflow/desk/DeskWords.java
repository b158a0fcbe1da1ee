package io.rightsflow.desk;

import java.util.Map;

/**
 * The desk's decisions in the words an agent reads on the task page. The codes are those of the
 * features' DeskTask kinds (and of the JSON API); a code not named here is shown as it is.
 */
final class DeskWords {

    private static final Map<String, String> DECISIONS = Map.ofEntries(
            Map.entry("ACCEPT", "Accept the objection: the processing stops for good"),
            Map.entry("REJECT", "Reject the objection: compelling legitimate grounds override it"),
            Map.entry("CANCEL_DELETION", "Cancel the deletion: the person asked to keep the account"),
            Map.entry("RETRY_NOTICE", "Send the notice again (the address or the mail server is fixed)"),
            Map.entry("PROCEED_WITHOUT_NOTICE", "Go on without the notice: the grace period starts without the mail"),
            Map.entry("RETRY", "Try the partner again (it is fixed)"),
            Map.entry("GIVE_UP", "Give up on this partner: it is not told of the erasure"),
            Map.entry("ANSWERED", "Answered/handled: the request is answered, or on its way to be by its due date"),
            Map.entry("LIFT", "Lift the restriction: its ground no longer holds (the person is told first)"),
            Map.entry("RETRY_SYSTEM", "Ask the system again (it is fixed)"),
            Map.entry("DONE_BY_HAND", "Done by hand in the system: the evidence is below"),
            Map.entry("GIVE_UP_SYSTEM", "Give up on this system: it keeps its part, and auditors read why"));

    /** What the reason field asks for, per user task (its BPMN id). */
    private static final Map<String, String> REASONS = Map.ofEntries(
            Map.entry("UserTask_ReviewObjection", "Compelling legitimate grounds (required to reject; the person is told them)"),
            Map.entry("UserTask_CancelAccountDeletion", "Reason for cancelling (required)"),
            Map.entry("UserTask_ResolveUndeliveredNotice", "Reason (required to go on without the notice)"),
            Map.entry("UserTask_ReachPartner", "Reason (required to give up; kept with the notice for auditors)"),
            Map.entry("UserTask_AnswerDueSoonRequest", "Note: what was done to answer it (required)"),
            Map.entry("UserTask_DecideLifting", "Reasons for lifting (required; the person is mailed them before it takes effect)"),
            Map.entry("UserTask_SettleSystem", "Note: what was done, or why it is given up (required unless asked again)"),
            Map.entry("UserTask_CarryOutByHand", "Note: what was done in the system, or why it is given up (required)"));

    /** The message of a missing reason, per decision: what to write. */
    private static final Map<String, String> MISSING_REASON = Map.of(
            "REJECT", "Write the compelling legitimate grounds: a rejection is sent to the person with them.",
            "CANCEL_DELETION", "Write why the deletion is cancelled, e.g. what the person said.",
            "PROCEED_WITHOUT_NOTICE", "Write why the request goes on without telling the person.",
            "GIVE_UP", "Write why this partner is given up on: auditors read it.",
            "ANSWERED", "Write a note on what was done to answer the request.",
            "LIFT", "Write why the restriction is lifted (e.g. the accuracy is verified): the person is mailed it first.",
            "DONE_BY_HAND", "Write what was done in the system: auditors read it with the reference.",
            "GIVE_UP_SYSTEM", "Write why this system is given up on: auditors read it.");

    private DeskWords() {
    }

    static String decision(String code) {
        return DECISIONS.getOrDefault(code, code);
    }

    static String reasonLabel(String taskKey) {
        return REASONS.getOrDefault(taskKey, "Reason");
    }

    static String missingReason(String decision) {
        return MISSING_REASON.getOrDefault(decision, "Write the reason for this decision.");
    }

    /** A service's refusal as a sentence on a page. */
    static String sentence(String detail) {
        if (detail == null || detail.isBlank()) {
            return "This could not be done. Nothing was changed.";
        }
        String first = Character.toUpperCase(detail.charAt(0)) + detail.substring(1);
        return first.endsWith(".") ? first : first + ".";
    }
}
