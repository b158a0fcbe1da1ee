package io.rightsflow.desk;

import java.time.Clock;
import java.time.Instant;

import io.rightsflow.desk.DeskPage.TaskRow;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** A task in the queue's words: due soon once its escalation time has come, whose it is. */
@ApplicationScoped
class DeskRows {

    @Inject
    DeskSettings settings;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    TaskRow row(DeskTaskView task, String message, boolean refused) {
        Instant now = Instant.now(clock);
        boolean dueSoon = !task.overdue() && (task.escalated() || !now.isBefore(settings.escalateAt(task.dueAt())));
        String me = caller.username();
        String assignee = task.assignee() == null ? "Nobody yet" : task.assignee().equals(me) ? "You" : task.assignee();
        return new TaskRow(task.taskId(), RequestWords.type(task.requestType()), task.name(), task.about(),
                task.requestId(), RequestWords.date(task.dueAt()), task.overdue(), dueSoon, assignee,
                me.equals(task.assignee()), task.assignee() == null, message, refused);
    }

}
