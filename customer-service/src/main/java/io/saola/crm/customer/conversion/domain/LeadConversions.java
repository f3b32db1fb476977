package io.saola.crm.customer.conversion.domain;

import java.util.Optional;

import io.saola.crm.customer.record.domain.Changed;

/** The conversion records of the current workspace, one per conversion id. */
public interface LeadConversions {

    Optional<LeadConversion> find(String conversionId);

    /**
     * Stores a change with its events; a new record (version 0) is refused with a duplicate when one exists under
     * its id, a changed one when the stored version moved on meanwhile.
     */
    void store(Changed<LeadConversion> change);
}
