package io.rightsflow.notification;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.rightsflow.account.Profiles;
import io.rightsflow.consent.ProcessingPolicy;
import io.rightsflow.consent.Purpose;
import io.rightsflow.measurement.Measurements;
import io.rightsflow.measurement.StepTotal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_QueueWeeklySummaries: every account holder who walked last week (Monday to Sunday, UTC)
 * and has weekly summaries on gets one, with their own steps only (the main profile's), on the
 * timeline and by mail. One transaction: a retried week never sends twice.
 */
@Named
@ApplicationScoped
class QueueWeeklySummaries implements JavaDelegate {

    @Inject
    Notifications notifications;

    @Inject
    Measurements measurements;

    @Inject
    Profiles profiles;

    @Inject
    ProcessingPolicy policy;

    @Inject
    Clock clock;

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate thisMonday = LocalDate.ofInstant(Instant.now(clock), ZoneOffset.UTC)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant from = thisMonday.minusWeeks(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = thisMonday.atStartOfDay(ZoneOffset.UTC).toInstant();
        // a restricted profile's data is stored only (Art. 18(2)): not summed up, not mailed
        List<StepTotal> totals = measurements.stepTotals(from, to);
        Set<String> allowed = policy.allowedIds(Purpose.SERVICE, totals.stream().map(StepTotal::profileId).toList());
        List<StepTotal> walked = totals.stream().filter(total -> allowed.contains(total.profileId())).toList();
        Map<String, String> holders = profiles.accountsOfActiveMainProfiles(
                walked.stream().map(StepTotal::profileId).toList());
        // the summary is the account holder's: one per account, whatever the query found per profile
        Map<String, Long> stepsByAccount = new LinkedHashMap<>();
        for (StepTotal total : walked) {
            String accountId = holders.get(total.profileId());
            if (accountId != null) {
                stepsByAccount.merge(accountId, total.steps(), Long::sum);
            }
        }
        stepsByAccount.forEach((accountId, steps) -> notifications.notify(accountId, NotificationKind.WEEKLY_SUMMARY,
                "Your week", String.format(Locale.ROOT, "Last week (from %s) you walked %,d steps.",
                        thisMonday.minusWeeks(1), steps)));
    }
}
