package io.saola.crm.salesdata.quote.application;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.persistence.MongoQuotes;

/**
 * Expires sent quotes whose validity date has passed (in the business time zone). Each expiry is a
 * version-checked save, so a quote accepted at the same moment, or expired by another instance's sweep, is left
 * alone: exactly one of them wins and raises its event.
 */
@Service
public class QuoteExpiry {

    static final int BATCH = 200;

    private final MongoQuotes quotes;
    private final BusinessCalendar calendar;

    QuoteExpiry(MongoQuotes quotes, BusinessCalendar calendar) {
        this.quotes = quotes;
        this.calendar = calendar;
    }

    /** Expires what is due in {@code workspace}; answers how many quotes this call expired. */
    public int expireDue(WorkspaceId workspace) {
        return WorkspaceContext.callAs(workspace, () -> {
            int expired = 0;
            var today = calendar.today();
            for (Quote quote : quotes.dueToExpire(today, BATCH)) {
                try {
                    Quote.Change change = quote.expire(workspace.slug(), today, calendar.now());
                    quotes.save(change.quote(), change.events(), calendar.now());
                    expired++;
                } catch (OptimisticLockingFailureException changedMeanwhile) {
                    // accepted, rejected or expired elsewhere since it was read: nothing to do
                }
            }
            return expired;
        });
    }
}
