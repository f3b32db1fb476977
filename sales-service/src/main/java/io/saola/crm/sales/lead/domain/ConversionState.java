package io.saola.crm.sales.lead.domain;

/** Where a lead's conversion stands: asked of customer-service, finished, or failed (and undone). */
public enum ConversionState {
    REQUESTED, CONVERTED, FAILED
}
