package io.saola.crm.salesdata.api;

/** The topics sales-data-service publishes to, one per aggregate, keyed by aggregate id (docs/EVENTS.md). */
public final class SalesDataTopics {

    public static final String PRODUCT = "crm.salesdata.product.v1";
    public static final String PRICE_BOOK = "crm.salesdata.price-book.v1";
    public static final String QUOTE = "crm.salesdata.quote.v1";
    public static final String ORDER = "crm.salesdata.order.v1";
    public static final String CONTRACT = "crm.salesdata.contract.v1";

    private SalesDataTopics() {
    }

    public static String[] all() {
        return new String[] {PRODUCT, PRICE_BOOK, QUOTE, ORDER, CONTRACT};
    }
}
