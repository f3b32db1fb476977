package io.saola.crm.sales.opportunity.messaging;

/**
 * The part of sales-data-service's {@code ContractActivated.v1} this service reads: the contract and the
 * opportunity it closes (docs/EVENTS.md, "sales-data-service"); other fields are ignored.
 */
record ContractActivated(String aggregateId, String number, String opportunityId) {

    static final String TOPIC = "crm.salesdata.contract.v1";
    static final String TYPE = "ContractActivated.v1";
}
