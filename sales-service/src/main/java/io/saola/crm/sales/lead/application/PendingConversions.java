package io.saola.crm.sales.lead.application;

import java.time.Instant;
import java.util.List;

/**
 * The conversions that may need the timeout sweep, across workspaces: one entry per conversion, written before
 * the lead starts (or goes on) converting and removed once it stopped, so no running conversion is ever missing
 * from it. An entry whose lead no longer runs that conversion is simply stale.
 */
public interface PendingConversions {

    /** Records (or moves) the time the conversion is next due to be looked at. */
    void dueAt(String workspace, String leadId, String conversionId, Instant dueAt);

    /** Entries due at or before {@code now}, earliest first, at most {@code limit}. */
    List<PendingConversion> due(Instant now, int limit);

    void remove(String conversionId);

    record PendingConversion(String workspace, String leadId, String conversionId, Instant dueAt) {
    }
}
