package io.saola.crm.salesdata.pricebook.domain;

/** The workspace's one standard book (always valid), or a named book for a segment, with validity dates. */
public enum PriceBookKind {
    STANDARD, NAMED
}
