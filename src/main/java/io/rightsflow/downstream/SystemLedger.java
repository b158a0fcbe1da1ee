package io.rightsflow.downstream;

import java.util.List;

import io.rightsflow.compliance.SystemRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** The registry and the calls' outcomes, for the certificate, the record of processing, the copy and the timeline. */
@ApplicationScoped
class SystemLedger implements SystemRecords {

    @Inject
    Systems systems;

    @Inject
    SystemCalls calls;

    @Override
    public List<Registered> registry() {
        return systems.all().stream().map(s -> new Registered(s.id(), s.name(), s.kind().name(),
                List.copyOf(s.categories()), s.requests().stream().map(Enum::name).toList())).toList();
    }

    @Override
    public List<Outcome> of(String requestId) {
        return SystemCall.of(requestId).stream().map(c -> new Outcome(c.id, c.systemId, calls.nameOf(c.systemId),
                c.kind.name(), status(c), c.status.settled(), c.askedAt, c.answeredAt, c.rowCount, c.decision,
                c.decidedBy, c.evidenceReference)).toList();
    }

    /** A manual system's call is never asked: until it is settled it waits on the desk, not to be asked. */
    private static String status(SystemCall call) {
        return call.kind == SystemsConfig.Kind.MANUAL && call.status == SystemCall.Status.PENDING
                ? SystemCall.Status.AT_DESK.name() : call.status.name();
    }
}
