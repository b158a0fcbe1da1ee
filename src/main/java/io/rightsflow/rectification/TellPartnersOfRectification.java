package io.rightsflow.rectification;

import io.rightsflow.partner.ChangeNotices;
import io.rightsflow.rectification.RectificationItem.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * Task_TellPartners (Art. 19): when a reading was corrected or moved, the partner apps the profile
 * shares its readings with are told, each by a notice process of its own (partner.ChangeNotices,
 * kind RECTIFIED); a changed name or address is not what partners receive. Started once per
 * request and link, so a retry tells nobody twice.
 */
@Named
@ApplicationScoped
class TellPartnersOfRectification implements JavaDelegate {

    static final String KIND = "RECTIFIED";

    @Inject
    ChangeNotices notices;

    @Override
    public void execute(DelegateExecution execution) {
        Rectification rectification = Rectification.findById((String) execution.getVariable("requestId"));
        if (rectification == null) {
            return; // erased meanwhile
        }
        boolean readingChanged = rectification.items().stream().anyMatch(i -> i.measurementId != null
                && (i.outcome == Outcome.CORRECTED || i.outcome == Outcome.MOVED));
        if (readingChanged) {
            // partners received the readings under the profile they were taken for: the one asked about
            notices.startFor(rectification.requestId, rectification.profileId, KIND);
        }
    }
}
