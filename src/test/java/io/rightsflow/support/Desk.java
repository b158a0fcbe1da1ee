package io.rightsflow.support;

import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

/** An agent at the desk: finds a request's task, claims it, decides it. */
public record Desk(Staff staff) {

    public static Desk withNewAgent() {
        return new Desk(Staff.create("agent"));
    }

    /** The open desk task of a request, once its process has reached it. */
    public Map<String, Object> taskOf(String requestId) {
        await().atMost(Processes.PATIENCE).until(() -> find(requestId) != null);
        return find(requestId);
    }

    public String taskIdOf(String requestId) {
        return (String) taskOf(requestId).get("taskId");
    }

    public void claimAndDecide(String requestId, String decision, String reason) {
        String taskId = taskIdOf(requestId);
        staff.api().post("/api/desk/tasks/{id}/claim", taskId).then().statusCode(200);
        staff.api().body(reason == null ? Map.of("decision", decision) : Map.of("decision", decision, "reason", reason))
                .post("/api/desk/tasks/{id}/complete", taskId).then().statusCode(204);
    }

    private Map<String, Object> find(String requestId) {
        List<Map<String, Object>> tasks = staff.api().get("/api/desk/tasks").then().statusCode(200)
                .extract().jsonPath().getList("");
        return tasks.stream().filter(t -> requestId.equals(t.get("requestId"))).findFirst().orElse(null);
    }
}
