package io.saola.crm.salesdata.contract.application;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.persistence.MongoContracts;

/** Expires active contracts past their end date; version-checked, so concurrent sweeps expire each once. */
@Service
public class ContractExpiry {

    static final int BATCH = 200;

    private final MongoContracts contracts;
    private final BusinessCalendar calendar;

    ContractExpiry(MongoContracts contracts, BusinessCalendar calendar) {
        this.contracts = contracts;
        this.calendar = calendar;
    }

    public int expireDue(WorkspaceId workspace) {
        return WorkspaceContext.callAs(workspace, () -> {
            int expired = 0;
            var today = calendar.today();
            for (Contract contract : contracts.dueToExpire(today, BATCH)) {
                try {
                    Contract.Change change = contract.expire(workspace.slug(), today, calendar.now());
                    contracts.save(change.contract(), change.events());
                    expired++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // terminated or expired elsewhere since it was read
                }
            }
            return expired;
        });
    }
}
