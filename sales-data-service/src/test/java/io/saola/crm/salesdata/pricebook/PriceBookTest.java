package io.saola.crm.salesdata.pricebook;

import static io.saola.crm.salesdata.fixtures.Catalogue.PIECES;
import static io.saola.crm.salesdata.fixtures.Catalogue.WEIGHT;
import static io.saola.crm.salesdata.fixtures.Catalogue.retail2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.pricebook.domain.PriceBook;
import io.saola.crm.salesdata.pricebook.domain.PriceBookKind;
import io.saola.crm.salesdata.pricebook.domain.PriceEntry;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.BusinessRuleViolation.BrokenRule;

class PriceBookTest {

    private static final LocalDate MID_2026 = LocalDate.of(2026, 6, 15);

    @Test
    void anEntryInTheAskedUnitWinsOverAConversion() {
        // 30 000 000 per tấn is cheaper than 1000 × 32 000 per kg: the book's own tấn price is used
        assertThat(retail2026().priceOf("rice", "tấn", MID_2026, WEIGHT)).isEqualTo(Money.vnd("30000000"));
        assertThat(retail2026().priceOf("rice", "kg", MID_2026, WEIGHT)).isEqualTo(Money.vnd("32000"));
    }

    @Test
    void aUnitWithoutEntryIsConvertedFromTheFirstEntryOfTheProduct() {
        assertThat(retail2026().priceOf("rice", "g", MID_2026, WEIGHT)).isEqualTo(Money.vnd("32.0000"));
        assertThat(retail2026().priceOf("cup", "cái", MID_2026, PIECES)).isEqualTo(Money.vnd("40000.0000"));
    }

    @Test
    void validityDatesAreInclusive() {
        PriceBook book = retail2026();

        assertThat(book.isValidOn(LocalDate.of(2026, 1, 1))).isTrue();
        assertThat(book.isValidOn(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(book.isValidOn(LocalDate.of(2025, 12, 31))).isFalse();
        assertThat(book.isValidOn(LocalDate.of(2027, 1, 1))).isFalse();
        assertThatThrownBy(() -> book.priceOf("rice", "kg", LocalDate.of(2027, 1, 1), WEIGHT))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("not valid on 2027-01-01");
    }

    @Test
    void anInactiveBookPricesNothing() {
        PriceBook book = retail2026();
        PriceBook inactive = new PriceBook(book.id(), book.name(), book.kind(), book.currency(), book.validFrom(),
                book.validTo(), false, book.entries());

        assertThatThrownBy(() -> inactive.priceOf("rice", "kg", MID_2026, WEIGHT))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void aProductWithoutEntryHasNoPriceAndNoSilentFallback() {
        assertThatThrownBy(() -> retail2026().priceOf("tea", "kg", MID_2026, WEIGHT))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("has no price");
    }

    @Test
    void theStandardBookIsAlwaysValidAndHasNoDates() {
        PriceBook standard = PriceBook.define("std", "Bảng giá chuẩn", PriceBookKind.STANDARD, null, null, null,
                true, List.of(new PriceEntry("rice", "kg", Money.vnd("35000"))));

        assertThat(standard.currency()).isEqualTo("VND");
        assertThat(standard.isValidOn(LocalDate.of(1999, 1, 1))).isTrue();
        assertThatThrownBy(() -> PriceBook.define("std", "Chuẩn", PriceBookKind.STANDARD, "VND",
                LocalDate.of(2026, 1, 1), null, true, List.of())).isInstanceOf(BusinessRuleViolation.class);
    }

    @Test
    void refusesEntriesInAnotherCurrencyDuplicatesAndNegativePrices() {
        assertThatThrownBy(() -> PriceBook.define("b", "Xuất khẩu", PriceBookKind.NAMED, "USD", null, null, true,
                List.of(new PriceEntry("rice", "kg", Money.vnd("32000")),
                        new PriceEntry("rice", "kg", Money.of("-1", "USD")))))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken())
                        .extracting(BrokenRule::field)
                        .containsExactly("entries[0].price.currency", "entries[1]", "entries[1].price.amount"));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> PriceBook.define("b", "Tết", PriceBookKind.NAMED, "VND", LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 1, 1), true, List.of())).isInstanceOf(BusinessRuleViolation.class)
                .hasMessageContaining("validFrom");
    }
}
