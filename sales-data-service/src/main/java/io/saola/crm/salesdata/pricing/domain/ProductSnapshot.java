package io.saola.crm.salesdata.pricing.domain;

/**
 * The product as it was when the line was written: later renames or price changes do not alter a document that
 * was already sent.
 */
public record ProductSnapshot(String productId, String code, String name, String unitGroupId) {
}
