package io.rightsflow.rectification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** Task_TellPartners (Art. 19): partner apps that received a corrected or moved reading are told. */
@Named
@ApplicationScoped
class TellPartnersOfRectification implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        // wired to partner.ChangeNotices when it lands
    }
}
