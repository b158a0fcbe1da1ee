package io.rightsflow.erasure;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** Small helpers the erasure's mail steps share. */
final class MailSteps {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);

    private MailSteps() {
    }

    /** One mail per step of one process instance, however often the engine retries the step. */
    static String key(DelegateExecution execution) {
        return execution.getProcessInstanceId() + ":" + execution.getCurrentActivityId();
    }

    static String date(Instant instant) {
        return DATE.format(instant);
    }
}
