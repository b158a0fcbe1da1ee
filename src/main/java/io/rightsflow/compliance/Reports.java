package io.rightsflow.compliance;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import io.rightsflow.request.RequestRef;
import io.rightsflow.request.Requests;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * How requests received in a period fared, per type: answered (completed or rejected), on time,
 * overdue now, and the median and 95th percentile of the days it took to answer.
 */
@ApplicationScoped
class Reports {

    @Inject
    Clock clock;

    @Inject
    Requests requests;

    /** One type's figures; the day figures are null when nothing was answered yet. */
    public record Row(RequestType type, long received, long completed, long completedOnTime, long cancelled,
            long overdueNow, Double medianDays, Double p95Days) {
    }

    public List<Row> between(Instant from, Instant to) {
        List<RequestRef> received = requests.receivedBetween(from, to);
        Instant now = Instant.now(clock);
        return Arrays.stream(RequestType.values()).map(type -> row(type,
                received.stream().filter(r -> r.type() == type).toList(), now)).toList();
    }

    private static Row row(RequestType type, List<RequestRef> requests, Instant now) {
        List<RequestRef> answered = requests.stream()
                .filter(r -> r.status() == RequestStatus.COMPLETED || r.status() == RequestStatus.REJECTED).toList();
        double[] days = answered.stream()
                .mapToDouble(r -> Duration.between(r.receivedAt(), r.completedAt()).toMinutes() / (60.0 * 24)).sorted().toArray();
        return new Row(type, requests.size(), answered.size(),
                answered.stream().filter(r -> !r.completedAt().isAfter(r.dueAt())).count(),
                requests.stream().filter(r -> r.status() == RequestStatus.CANCELLED).count(),
                requests.stream().filter(r -> r.isOpen() && r.dueAt().isBefore(now)).count(),
                percentile(days, 50), percentile(days, 95));
    }

    /** Nearest rank, in days with one decimal. */
    static Double percentile(double[] sorted, int percent) {
        if (sorted.length == 0) {
            return null;
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return Math.round(sorted[Math.max(rank, 1) - 1] * 10) / 10.0;
    }
}
