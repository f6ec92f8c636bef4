package id.satuatap.sample;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

import java.util.UUID;

/**
 * The service step of the sample desk-review process: issues a receipt number once both desks are done,
 * so the foundation's tests can see a CDI delegate run inside a process.
 */
@Named("recordReceipt")
@ApplicationScoped
public class RecordReceiptDelegate implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        execution.setVariable("receiptNumber", "RCPT-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase());
    }
}
