package io.rightsflow.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;

import io.rightsflow.account.ProfileStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_QueueWeeklySummaries: every account holder who walked last week (Monday to Sunday, UTC)
 * and has weekly summaries on gets one, with their own steps only (the main profile's), on the
 * timeline and by mail. One transaction: a retried week never sends twice.
 */
@Named
@ApplicationScoped
public class QueueWeeklySummaries implements JavaDelegate {

    @Inject
    Notifications notifications;

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate thisMonday = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = thisMonday.minusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = thisMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
        List<Object[]> walked = em.createQuery("select p.accountId, sum(m.value) from Measurement m, Profile p "
                + "where p.id = m.profileId and p.main = true and p.status = ?1 and m.categoryId = 'steps' "
                + "and m.takenAt >= ?2 and m.takenAt < ?3 group by p.accountId", Object[].class)
                .setParameter(1, ProfileStatus.ACTIVE).setParameter(2, from).setParameter(3, to)
                .getResultList();
        for (Object[] row : walked) {
            long steps = ((Number) row[1]).longValue();
            notifications.notify((String) row[0], NotificationKind.WEEKLY_SUMMARY, "Your week",
                    String.format(Locale.ROOT, "Last week (from %s) you walked %,d steps.", thisMonday.minusWeeks(1), steps));
        }
    }

}
