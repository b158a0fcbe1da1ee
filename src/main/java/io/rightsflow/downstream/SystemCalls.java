package io.rightsflow.downstream;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.rightsflow.account.Accounts;
import io.rightsflow.account.ProfileRef;
import io.rightsflow.account.Profiles;
import io.rightsflow.audit.AuditTrail;
import io.rightsflow.measurement.Devices;
import io.rightsflow.request.RequestRef;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.transaction.Transactional;

/**
 * A request's calls to the downstream systems: captured once, before the purge or the copy, from
 * what the subject holds then; each then runs in a downstream-system process of its own (the
 * multi-instance call activity of the request's process takes {@link #idsOf}).
 */
@Named("systemCalls")
@ApplicationScoped
public class SystemCalls {

    @Inject
    Systems systems;

    @Inject
    Profiles profiles;

    @Inject
    Accounts accounts;

    @Inject
    Devices devices;

    @Inject
    SystemData data;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /**
     * One call per system that the request reaches and that holds a category of the subject's
     * data, in the caller's transaction; a system already captured for the request is left alone.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<String> capture(RequestRef request) {
        List<String> profileIds = request.profileId() != null ? List.of(request.profileId())
                : profiles.ofAccount(request.accountId()).stream().map(ProfileRef::id).toList();
        Set<String> categories = devices.categoriesOf(profileIds);
        List<String> captured = new ArrayList<>();
        for (DownstreamSystem system : systems.all()) {
            if (!system.reaches(request.type(), categories)
                    || SystemCall.count("requestId = ?1 and systemId = ?2", request.id(), system.id()) > 0) {
                continue;
            }
            SystemCall call = new SystemCall();
            call.id = UUID.randomUUID().toString();
            call.requestId = request.id();
            call.systemId = system.id();
            call.kind = system.kind();
            call.requestType = request.type().name();
            call.accountId = request.accountId();
            call.profileId = request.profileId();
            call.profileIds = request.profileId() == null ? String.join(",", profileIds) : null;
            call.address = system.config().sendAddress() ? accounts.find(request.accountId()).email() : null;
            call.status = SystemCall.Status.PENDING;
            call.createdAt = Instant.now(clock);
            call.persist();
            captured.add(system.id());
        }
        if (!captured.isEmpty()) {
            audit.record("SYSTEMS_CAPTURED", AuditTrail.SYSTEM, request.id(), request.profileId(),
                    "systems=" + String.join(",", captured));
        }
        return captured;
    }

    /** The ids of the request's calls, for the multi-instance call activity (one process each). */
    public List<String> idsOf(String requestId) {
        return SystemCall.of(requestId).stream().map(c -> c.id).toList();
    }

    /** StartEvent_SystemDue: the call's own process, which its callback and desk tasks find it by. */
    public void started(String callId, String processInstanceId) {
        SystemCall.<SystemCall>findById(callId).processInstanceId = processInstanceId;
    }

    /**
     * The process of a call ended: normally settled by then; if its request's process was
     * cancelled under it, the call is CANCELLED and keeps no id of the subject.
     */
    public void ended(String callId) {
        SystemCall call = SystemCall.findById(callId);
        if (call != null && !call.status.settled()) {
            call.settle(SystemCall.Status.CANCELLED, Instant.now(clock));
            data.dropCall(callId);
            audit.record("SYSTEM_CANCELLED", AuditTrail.SYSTEM, call.requestId, null,
                    "system=" + call.systemId + " not asked further: its request ended");
        }
    }

    /** Whether the call is worked by hand at the desk (a manual system). */
    public boolean byHand(String callId) {
        return SystemCall.<SystemCall>findById(callId).kind == SystemsConfig.Kind.MANUAL;
    }

    /** When a system that took the call (202) is overdue with its answer: then the desk takes over. */
    public String answerDue(String callId) {
        SystemCall call = SystemCall.findById(callId);
        Instant asked = call.askedAt != null ? call.askedAt : Instant.now(clock);
        return asked.plus(systems.byId(call.systemId).map(s -> s.config().answerWithin())
                .orElse(Duration.ofDays(3))).toString();
    }

    /** Every call of the request, with what came of it: for the certificate, the copy and the timeline. */
    public List<SystemCall> of(String requestId) {
        return SystemCall.of(requestId);
    }

    /** The configured name of a system, or its id when it is no longer configured. */
    public String nameOf(String systemId) {
        return systems.byId(systemId).map(DownstreamSystem::name).orElse(systemId);
    }
}
