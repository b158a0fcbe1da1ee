package io.rightsflow.desk;

import java.time.Instant;
import java.util.List;

import io.rightsflow.request.RequestType;

/**
 * One open task of the desk, with what an agent needs to pick it: its request, due date and state;
 * {@code about} says what it concerns when its request alone does not (e.g. which partner).
 */
public record DeskTaskView(String taskId, String name, String taskKey, String requestId, RequestType requestType,
        String profileId, Instant dueAt, boolean overdue, boolean escalated, String assignee, List<String> decisions,
        String about) {
}
