package io.rightsflow.system;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Tells a unique constraint refusing a row (the loser of two identical calls at the same instant)
 * from any other database failure, on H2 and PostgreSQL alike: both report SQLState 23505 and name
 * the constraint in their message.
 */
public final class UniqueConstraints {

    private static final String UNIQUE_VIOLATION = "23505";

    private UniqueConstraints() {
    }

    public static boolean violated(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT)
                            .contains(constraint.toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
