package io.saola.crm.salesdata.pricing.domain;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;

/** The VAT of one rate on a document: the net amounts taxed at that rate and the VAT they carry. */
public record VatAmount(Percentage rate, Money base, Money vat) {
}
