package io.saola.crm.customer.activity.domain;

/** A move this activity took part in, kept so that replaying it does nothing and reversing it is exact. */
public record AppliedMove(String operationId, RelatedRecord from, RelatedRecord to, boolean reversed) {

    AppliedMove reverse() {
        return new AppliedMove(operationId, from, to, true);
    }
}
