package io.rightsflow.account;

import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

/**
 * Where an owner of {@link ProfileData} or {@link AccountData} writes its rows for a copy of the
 * data (GDPR Art. 15): one file per kind of row, one JSON object a row, written as they come so
 * that no owner holds all of a profile's rows at once. An owner writes each of its files in one go
 * (the archive cannot reopen a file it has closed).
 */
public interface AccessWriter {

    /** Rows read per query by {@link #rows}: a profile may hold millions of measurements. */
    int BATCH = 1000;

    /**
     * One row of {@code file} (a short name of the owner, e.g. "devices"): a record or a map that
     * JSON writes as it is; secrets (hashes, tokens) are never handed in.
     */
    void write(String file, Object row);

    /**
     * As {@link #rows}, for the tables of millions of rows: each query starts after the last id
     * read ({@code sql} has {@code id > ?2 order by id}, and the id as its first column), so that
     * every page costs the same, however far into the profile's rows it is.
     */
    @SuppressWarnings("unchecked")
    default long rowsById(EntityManager em, String file, String sql, String id, String... columns) {
        long written = 0;
        long after = Long.MIN_VALUE;
        while (true) {
            List<Object[]> page = em.createNativeQuery(sql).setParameter(1, id).setParameter(2, after)
                    .setMaxResults(BATCH).getResultList();
            for (Object[] values : page) {
                write(file, row(columns, values));
                after = ((Number) values[0]).longValue();
                written++;
            }
            if (page.size() < BATCH) {
                return written;
            }
        }
    }

    /**
     * Writes every row of a native query of the owner's own tables, {@link #BATCH} rows a query, as
     * objects with the given column names (scalars: no entity is kept by the persistence
     * context); {@code sql} selects exactly those columns, has one parameter (the profile or
     * account id) and an order that makes the pages stable.
     */
    @SuppressWarnings("unchecked")
    default long rows(EntityManager em, String file, String sql, String id, String... columns) {
        long written = 0;
        for (int first = 0;; first += BATCH) {
            List<Object> page = em.createNativeQuery(sql).setParameter(1, id).setFirstResult(first)
                    .setMaxResults(BATCH).getResultList();
            for (Object result : page) {
                write(file, row(columns, columns.length == 1 ? new Object[] { result } : (Object[]) result));
                written++;
            }
            if (page.size() < BATCH) {
                return written;
            }
        }
    }

    private static Map<String, Object> row(String[] columns, Object[] values) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columns.length; i++) {
            row.put(columns[i], values[i] instanceof Timestamp t ? t.toInstant() : values[i]);
        }
        return row;
    }
}
