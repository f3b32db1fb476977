package io.saola.crm.salesdata.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.saola.crm.salesdata.api.ContractActivated;
import io.saola.crm.salesdata.api.ContractExpired;
import io.saola.crm.salesdata.api.ContractTerminated;
import io.saola.crm.salesdata.api.OrderCancelled;
import io.saola.crm.salesdata.api.OrderConfirmed;
import io.saola.crm.salesdata.api.OrderFulfilled;
import io.saola.crm.salesdata.contract.domain.Contract;
import io.saola.crm.salesdata.contract.domain.ContractSource;
import io.saola.crm.salesdata.contract.domain.ContractStatus;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.order.domain.Order;
import io.saola.crm.salesdata.order.domain.OrderStatus;
import io.saola.crm.salesdata.pricing.domain.ProductSnapshot;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteTerms;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

class OrderAndContractStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T03:00:00Z");
    private static final List<SalesLine> LINES = List.of(SalesLine.priced(
            new ProductSnapshot("rice", "ST25", "Gạo ST25", "weight"), new BigDecimal("3"), "kg",
            Money.vnd("33333"), false, Percentage.of("10"), Percentage.of("10")));

    @Test
    void anOrderFromAnAcceptedQuoteCopiesItsLinesAndTotals() {
        Quote accepted = quote().send("acme", TODAY, NOW).quote().accept("acme", TODAY, NOW).quote();

        Order order = Order.fromQuote("o-1", new DocumentNumber(DocumentNumber.ORDER, 2026, 1), accepted, NOW);

        assertThat(order.lines()).isEqualTo(accepted.lines());
        assertThat(order.totals()).isEqualTo(accepted.totals());
        assertThat(order.quoteId()).isEqualTo("q-1");
        assertThat(order.accountId()).isEqualTo("acc-1");
        assertThat(order.ownerId()).isEqualTo("user-1");
    }

    @Test
    void onlyAnAcceptedQuoteBecomesAnOrder() {
        Quote sent = quote().send("acme", TODAY, NOW).quote();

        assertThatThrownBy(() -> Order.fromQuote("o", new DocumentNumber("DH", 2026, 1), sent, NOW))
                .isInstanceOf(StatusChangeRefused.class).hasMessageContaining("accepted");
    }

    @Test
    void anOrderIsConfirmedThenFulfilledOrCancelled() {
        Order draft = order();
        Order.Change confirmed = draft.confirm("acme", NOW);

        assertThat(confirmed.events()).singleElement().isInstanceOfSatisfying(OrderConfirmed.class,
                event -> assertThat(event.total().amount()).isEqualByComparingTo("98999"));
        assertThat(confirmed.order().fulfil("acme", NOW).events()).singleElement().isInstanceOf(OrderFulfilled.class);
        assertThat(confirmed.order().cancel("hết hàng", "acme", NOW).events()).singleElement()
                .isInstanceOf(OrderCancelled.class);
        assertThat(draft.cancel(null, "acme", NOW).order().status()).isEqualTo(OrderStatus.CANCELLED);
        assertThatThrownBy(() -> draft.fulfil("acme", NOW)).isInstanceOf(StatusChangeRefused.class);
        Order fulfilled = confirmed.order().fulfil("acme", NOW).order();
        assertThatThrownBy(() -> fulfilled.cancel("x", "acme", NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> fulfilled.confirm("acme", NOW)).isInstanceOf(StatusChangeRefused.class);
    }

    @Test
    void aContractIsActivatedWithItsValueDatesAccountAndOpportunity() {
        Contract.Change activated = contract().activate(null, "acme", TODAY, NOW);

        assertThat(activated.contract().status()).isEqualTo(ContractStatus.ACTIVE);
        assertThat(activated.contract().signedDate()).isEqualTo(TODAY);
        assertThat(activated.events()).singleElement().isInstanceOfSatisfying(ContractActivated.class, event -> {
            assertThat(event.value().amount()).isEqualByComparingTo("120000000");
            assertThat(event.opportunityId()).isEqualTo("opp-1");
            assertThat(event.accountId()).isEqualTo("acc-1");
            assertThat(event.startDate()).isEqualTo(TODAY);
            assertThat(event.endDate()).isEqualTo(TODAY.plusYears(1));
        });
    }

    @Test
    void anActiveContractExpiresTheDayAfterItsEndDateOrIsTerminated() {
        Contract active = contract().activate(TODAY.minusDays(2), "acme", TODAY, NOW).contract();
        LocalDate end = active.endDate();

        assertThat(active.isDueToExpire(end)).isFalse();
        assertThat(active.isDueToExpire(end.plusDays(1))).isTrue();
        assertThat(active.expire("acme", end.plusDays(1), NOW).events()).singleElement()
                .isInstanceOf(ContractExpired.class);
        assertThat(active.terminate("vi phạm", "acme", NOW).events()).singleElement()
                .isInstanceOf(ContractTerminated.class);
        assertThatThrownBy(() -> active.expire("acme", end, NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> contract().terminate("x", "acme", NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> active.activate(null, "acme", TODAY, NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThat(contract().isDueToExpire(end.plusYears(5))).isFalse();
    }

    @Test
    void aContractNeedsAnEndNotBeforeItsStartAndIsNotSignedInTheFuture() {
        assertThatThrownBy(() -> Contract.draft("c", new DocumentNumber("HD", 2026, 1), "acc", source(),
                Money.vnd("1"), TODAY, TODAY.minusDays(1), null, "u", null, NOW))
                .isInstanceOf(BusinessRuleViolation.class).hasMessageContaining("startDate");
        assertThatThrownBy(() -> contract().activate(TODAY.plusDays(1), "acme", TODAY, NOW))
                .isInstanceOf(BusinessRuleViolation.class);
    }

    private static Quote quote() {
        return Quote.draft("q-1", new DocumentNumber("BG", 2026, 1), new QuoteTerms("acc-1", null, "opp-1", null,
                TODAY.plusDays(10), null), "VND", LINES, "user-1", null, TODAY, NOW);
    }

    private static Order order() {
        return Order.direct("o-1", new DocumentNumber("DH", 2026, 7), "acc-1", null, null, "VND", LINES, "user-1",
                null, NOW);
    }

    private static ContractSource source() {
        return new ContractSource(null, null, "opp-1");
    }

    private static Contract contract() {
        return Contract.draft("c-1", new DocumentNumber("HD", 2026, 1), "acc-1", source(), Money.vnd("120000000"),
                TODAY, TODAY.plusYears(1), null, "user-1", null, NOW);
    }
}
