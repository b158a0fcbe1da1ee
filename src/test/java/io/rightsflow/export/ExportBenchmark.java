package io.rightsflow.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;

import org.flywaydb.core.Flyway;

import io.rightsflow.account.Units;
import io.rightsflow.measurement.MeasurementReader;

/**
 * The export benchmark of README "Performance": seeds one profile with five years of
 * minute-level heart rate plus daily activity in an H2 file, then writes the export archive (into
 * the database's chunks, as the service stores it) and,
 * over the same rows in the same run, a plain JDBC-to-CSV dump as the baseline. Prints rows/s of
 * both, their ratio and the peak heap. Run with {@code ./mvnw -Pbenchmark verify} (the JVM is capped
 * at -Xmx256m there).
 */
public final class ExportBenchmark {

    private static final String PROFILE = "bench-profile";
    private static final String REQUEST = "bench-request";
    private static final int YEARS = Integer.getInteger("benchmark.years", 5);
    private static final long SEED_CHUNK = 50_000;
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 3);

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(System.getProperty("benchmark.dir", "target/benchmark"));
        deleteRecursively(dir);
        Files.createDirectories(dir);
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("db") + ";WRITE_DELAY=0;LAZY_QUERY_EXECUTION=TRUE";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration")
                .placeholders(Map.of("archive_chunk_type", "blob")).load().migrate();
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            long seeded = seed(db);
            System.out.printf("seeded %,d rows (%d years of minute heart rate + daily activity)%n", seeded, YEARS);
            System.out.printf("max heap %d MiB%n", Runtime.getRuntime().maxMemory() >> 20);
            for (int round = 1; round <= ROUNDS; round++) {
                Figures baseline = measure(() -> baseline(db, dir.resolve("baseline.csv")));
                Figures export = measure(() -> export(db));
                System.out.printf("round %d: baseline %,.0f rows/s (%,d rows in %.2f s) | export %,.0f rows/s (%,d rows"
                        + " in %.2f s, archive %d MiB) | ratio %.2f | peak heap (before a GC): baseline %d MiB, export %d MiB;"
                        + " most surviving a GC: baseline %d MiB, export %d MiB%n",
                        round, baseline.rowsPerSecond(), baseline.rows, baseline.seconds(),
                        export.rowsPerSecond(), export.rows, export.seconds(), archiveMiB(db),
                        export.rowsPerSecond() / baseline.rowsPerSecond(), baseline.peakHeapMiB, export.peakHeapMiB,
                        baseline.peakLiveMiB, export.peakLiveMiB);
            }
        }
    }

    /** The simplest honest dump of the same rows: one query, one line per row, no archive. */
    private static long baseline(Connection db, Path file) throws SQLException, IOException {
        DateTimeFormatter format = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
        long rows = 0;
        try (PreparedStatement query = db.prepareStatement(
                "select taken_at, category_id, val from measurement where profile_id = ?");
                Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            query.setFetchSize(MeasurementReader.FETCH_SIZE);
            query.setString(1, PROFILE);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    out.write(format.format(rs.getObject(1, OffsetDateTime.class).withOffsetSameInstant(ZoneOffset.UTC)));
                    out.write(',');
                    out.write(rs.getString(2));
                    out.write(',');
                    out.write(Double.toString(rs.getDouble(3)));
                    out.write("\r\n");
                    rows++;
                }
            }
        }
        return rows;
    }

    /** As Task_BuildArchive does it: into the database's chunks through the reading connection, in one transaction. */
    private static long export(Connection db) throws SQLException, IOException {
        db.setAutoCommit(false);
        try {
            long rows;
            try (ArchiveChunks out = ArchiveChunks.replacing(db, REQUEST)) {
                rows = new ArchiveWriter(db, ArchiveWriter.defaultLevel())
                        .write(List.of(new ArchiveWriter.ExportedProfile(PROFILE, "Benchmark")), Units.defaults(),
                                Instant.now(), out)
                        .rowsTotal();
            }
            db.commit();
            return rows;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private static long archiveMiB(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select coalesce(sum(octet_length(data)), 0) from export_archive_chunk where request_id = ?")) {
            query.setString(1, REQUEST);
            try (ResultSet sum = query.executeQuery()) {
                sum.next();
                return sum.getLong(1) >> 20;
            }
        }
    }

    private static long seed(Connection db) throws SQLException {
        long minutes = YEARS * 365L * 24 * 60;
        long days = YEARS * 365L;
        try (Statement sql = db.createStatement()) {
            sql.execute("insert into account (id, email, password_hash, status, weight_unit, distance_unit, height_unit,"
                    + " created_at) values ('bench-account', 'bench@example.org', 'x', 'ACTIVE', 'kg', 'km', 'cm',"
                    + " current_timestamp)");
            sql.execute("insert into profile (id, account_id, name, main, status, created_at) values ('" + PROFILE
                    + "', 'bench-account', 'Benchmark', true, 'ACTIVE', current_timestamp)");
            sql.execute("insert into device (id, profile_id, product_id, created_at) values ('bench-tracker', '"
                    + PROFILE + "', 'pulse-ox', current_timestamp)");
            // in chunks: one huge insert keeps all of it as uncommitted undo in H2's store
            for (long from = 0; from < minutes; from += SEED_CHUNK) {
                sql.execute("insert into measurement (profile_id, device_id, category_id, source, taken_at, val, created_at)"
                        + " select '" + PROFILE + "', 'bench-tracker', 'heart-rate', 'DEVICE',"
                        + " dateadd('MINUTE', x, timestamp with time zone '2020-01-01 00:00:00+00'), 55 + mod(x, 60),"
                        + " current_timestamp from system_range(" + from + ", " + (Math.min(minutes, from + SEED_CHUNK) - 1) + ")");
            }
            for (String category : List.of("steps", "distance", "elevation", "burned-calories")) {
                sql.execute("insert into measurement (profile_id, device_id, category_id, source, taken_at, val, created_at)"
                        + " select '" + PROFILE + "', 'bench-tracker', '" + category + "', 'DEVICE',"
                        + " dateadd('DAY', x, timestamp with time zone '2020-01-01 23:00:00+00'), 1000 + mod(x * 37, 9000) / 10.0,"
                        + " current_timestamp from system_range(0, " + (days - 1) + ")");
            }
            try (ResultSet count = sql.executeQuery("select count(*) from measurement")) {
                count.next();
                return count.getLong(1);
            }
        }
    }

    interface Run {
        long rows() throws Exception;
    }

    /** Peak heap, read at every collection: the most it held (garbage included) and the most that survived. */
    record Figures(long rows, long nanos, long peakHeapMiB, long peakLiveMiB) {
        double seconds() {
            return nanos / 1e9;
        }

        double rowsPerSecond() {
            return rows / seconds();
        }
    }

    private static Figures measure(Run run) throws Exception {
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        AtomicLong peakLive = new AtomicLong();
        AtomicLong peakUsed = new AtomicLong();
        NotificationListener afterGc = (notification, handback) -> {
            if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                        .from((CompositeData) notification.getUserData());
                peakUsed.accumulateAndGet(heapUsed(heap, info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
                peakLive.accumulateAndGet(heapUsed(heap, info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
            }
        };
        List<GarbageCollectorMXBean> collectors = ManagementFactory.getGarbageCollectorMXBeans();
        collectors.forEach(gc -> ((NotificationEmitter) gc).addNotificationListener(afterGc, null, null));
        long start = System.nanoTime();
        long rows;
        try {
            rows = run.rows();
        } finally {
            for (GarbageCollectorMXBean gc : collectors) {
                ((NotificationEmitter) gc).removeNotificationListener(afterGc);
            }
        }
        long nanos = System.nanoTime() - start;
        return new Figures(rows, nanos, peakUsed.get() >> 20, peakLive.get() >> 20);
    }

    private static long heapUsed(List<MemoryPoolMXBean> heap, Map<String, MemoryUsage> usage) {
        return heap.stream().map(MemoryPoolMXBean::getName).map(usage::get)
                .filter(Objects::nonNull).mapToLong(MemoryUsage::getUsed).sum();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
