package io.rightsflow.downstream;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * An sql system: its configured statements run over JDBC in one transaction of its database.
 * (Being written: see the SQL helper's handoff.)
 */
@ApplicationScoped
class SqlSystems {

    /** Runs the statements of this call's request type; throws {@link SystemRefused} when the database cannot be used. */
    Answer run(SystemCall call, DownstreamSystem system) {
        throw new SystemRefused("sql systems are not wired yet", null);
    }
}
