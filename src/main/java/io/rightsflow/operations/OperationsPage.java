package io.rightsflow.operations;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.rightsflow.request.RequestCounts;
import io.rightsflow.request.RequestType;
import io.rightsflow.request.RequestWords;
import io.rightsflow.security.Roles;
import io.rightsflow.web.Pages;
import io.rightsflow.workflow.JobExecutorStatus;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The operator's page (what Camunda's Cockpit gives, in our terms): the open incidents with a
 * Retry once their cause is fixed, the job executor's health, and how many processes run and
 * requests there are of each kind.
 */
@Path("/operations")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.TEXT_HTML)
public class OperationsPage {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm:ss 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    @CheckedTemplate(basePath = "operations", defaultName = CheckedTemplate.HYPHENATED_ELEMENT_NAME)
    static class Templates {
        static native TemplateInstance operations(List<IncidentRow> incidents, long incidentTotal,
                JobExecutorStatus.State executor,
                List<RunningProcesses.Count> processes, List<RequestRow> requests, String retried);
    }

    /** An incident as the page shows it. */
    public record IncidentRow(String id, String request, String process, String stepName, String stepId, String since,
            String message, boolean retriable) {
    }

    /** Requests of one type in one status. */
    public record RequestRow(String type, String typeWords, String status, String statusWords, long count) {
    }

    @Inject
    Incidents incidents;

    @Inject
    JobExecutorStatus executor;

    @Inject
    RunningProcesses processes;

    @Inject
    RequestCounts requestCounts;

    @GET
    public Response show(@QueryParam("retried") String retried) {
        Incidents.Listing listing = incidents.open();
        List<IncidentRow> open = listing.shown().stream().map(OperationsPage::row).toList();
        List<RequestRow> requests = requestCounts.byTypeAndStatus().stream().map(c -> new RequestRow(c.type().name(),
                RequestWords.type(c.type()), c.status().name(), RequestWords.status(c.status()), c.count())).toList();
        return Pages.html(Templates.operations(open, listing.total(), executor.now(), processes.byProcess(), requests, retriedWords(retried)));
    }

    @POST
    @Path("/incidents/{id}/retry")
    public Response retry(@PathParam("id") String id) {
        Incidents.Open retried = incidents.retry(id);
        // an incident need not name its step: then the line says "the failed step", not "null"
        return Pages.seeOther("/operations?retried=" + (retried.stepId() == null ? "" : retried.stepId()));
    }

    /**
     * The line after a retry: it names a step of the processes' files, never any text a link could put
     * into the address; null when there was no retry.
     */
    static String retriedWords(String retried) {
        if (retried == null) {
            return null;
        }
        if (retried.isEmpty()) {
            return "The failed step";
        }
        return retried.matches("[A-Za-z0-9_.-]{1,200}") ? "The step " + retried : null;
    }

    private static IncidentRow row(Incidents.Open incident) {
        String request = incident.requestId() != null
                ? RequestWords.type(RequestType.valueOf(incident.requestType())) + ", request " + incident.requestId()
                : incident.businessKey() != null ? "Not a request (key " + incident.businessKey() + ")" : "Not a request";
        return new IncidentRow(incident.id(), request, incident.processName(), incident.stepName(), incident.stepId(),
                TIME.format(incident.since()), incident.message(), incident.retriable());
    }
}
