package io.saola.crm.salesdata.expiry;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.salesdata.contract.application.ContractExpiry;
import io.saola.crm.salesdata.quote.application.QuoteExpiry;
import io.saola.crm.salesdata.workspace.ActiveWorkspaces;

/**
 * Makes quotes and contracts expire by themselves: every {@code saola.sales-data.expiry-sweep-interval}, in each
 * workspace that has documents. Safe on any number of instances at once (each expiry is a version-checked write).
 * A workspace that fails is logged and retried at the next run; the others go on.
 */
@Component
public class ExpirySweep {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

    private final ActiveWorkspaces workspaces;
    private final QuoteExpiry quotes;
    private final ContractExpiry contracts;

    ExpirySweep(ActiveWorkspaces workspaces, QuoteExpiry quotes, ContractExpiry contracts) {
        this.workspaces = workspaces;
        this.quotes = quotes;
        this.contracts = contracts;
    }

    @Scheduled(fixedDelayString = "${saola.sales-data.expiry-sweep-interval:PT15M}",
            initialDelayString = "${saola.sales-data.expiry-sweep-interval:PT15M}")
    public void run() {
        for (WorkspaceId workspace : workspaces.all()) {
            try {
                int expiredQuotes = quotes.expireDue(workspace);
                int expiredContracts = contracts.expireDue(workspace);
                if (expiredQuotes + expiredContracts > 0) {
                    log.info("Expired {} quotes and {} contracts in workspace {}", expiredQuotes, expiredContracts,
                            workspace);
                }
            } catch (RuntimeException e) {
                log.warn("Expiry sweep failed in workspace {}; retried at the next run", workspace, e);
            }
        }
    }
}
