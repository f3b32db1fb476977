package io.saola.crm.salesdata.contract.domain;

/** Where a contract came from: an order, a quote or an opportunity (ids; the opportunity lives in sales-service). */
public record ContractSource(String orderId, String quoteId, String opportunityId) {
}
