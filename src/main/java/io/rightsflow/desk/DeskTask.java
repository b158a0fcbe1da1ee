package io.rightsflow.desk;

import java.util.List;

/**
 * A kind of user task that an agent decides at the desk, offered by the feature whose process
 * has it: which decisions it takes, which need written reasons, and what deciding records.
 */
public interface DeskTask {

    /** The BPMN id of the user task, e.g. "UserTask_ReviewObjection". */
    String taskKey();

    /** The decisions the task takes, e.g. ACCEPT and REJECT. */
    List<String> decisions();

    /** Whether a decision must come with written reasons (e.g. the grounds of a rejection). */
    boolean needsReason(String decision);

    /**
     * Records the decision in the feature's own tables, in the transaction that completes the
     * task; free text stays there, out of the engine, whose history outlives an erasure.
     */
    void decide(String requestId, String decision, String reason, String actor);

    /**
     * As {@link #decide(String, String, String, String)}, for a task whose request has several
     * processes (e.g. one per partner told of an erasure): which one is its process instance.
     */
    default void decide(String requestId, String processInstanceId, String decision, String reason, String actor) {
        decide(requestId, decision, reason, actor);
    }

    /**
     * Whether a decision must come with a reference to evidence kept elsewhere (e.g. the ticket of
     * the team that deleted the subject by hand), besides the note in the reason.
     */
    default boolean needsReference(String decision) {
        return false;
    }

    /** As {@link #decide(String, String, String, String, String)}, with the reference, for a kind that asks for one. */
    default void decide(String requestId, String processInstanceId, String decision, String reason, String reference,
            String actor) {
        decide(requestId, processInstanceId, decision, reason, actor);
    }

    /** What the task is about when its request alone does not say (e.g. which partner), or null. */
    default String about(String processInstanceId) {
        return null;
    }

    /**
     * What the subject asked in the request behind the task, for the agent's page (e.g. an
     * objection's purposes and statement); empty when the request itself says it all.
     */
    default List<Asked> asked(String requestId) {
        return List.of();
    }

    /** One thing the subject asked: what (e.g. "Purposes") and their words or choices. */
    record Asked(String label, String value) {
    }
}
