package io.rightsflow.mail;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** What the processes' mail steps share: one idempotency key per step, one way to write a date. */
public final class MailSteps {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MailSteps() {
    }

    /** One mail per step of one process instance, however often the engine retries the step. */
    public static String key(DelegateExecution execution) {
        return key(execution.getProcessInstanceId(), execution.getCurrentActivityId());
    }

    /** The key of a mail step of a process instance, e.g. to ask from another step whether it went out. */
    public static String key(String processInstanceId, String activityId) {
        return processInstanceId + ":" + activityId;
    }

    public static String date(Instant instant) {
        return DATE.format(instant);
    }
}
