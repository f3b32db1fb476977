package io.saola.crm.salesdata.quote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.saola.crm.salesdata.api.QuoteAccepted;
import io.saola.crm.salesdata.api.QuoteExpired;
import io.saola.crm.salesdata.api.QuoteRejected;
import io.saola.crm.salesdata.api.QuoteSent;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.numbering.domain.DocumentNumber;
import io.saola.crm.salesdata.pricing.domain.ProductSnapshot;
import io.saola.crm.salesdata.pricing.domain.SalesLine;
import io.saola.crm.salesdata.quote.domain.Quote;
import io.saola.crm.salesdata.quote.domain.QuoteStatus;
import io.saola.crm.salesdata.quote.domain.QuoteTerms;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;

class QuoteTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final Instant NOW = Instant.parse("2026-06-15T03:00:00Z");
    private static final List<SalesLine> LINES = List.of(SalesLine.priced(
            new ProductSnapshot("rice", "ST25", "Gạo ST25", "weight"), new BigDecimal("10"), "kg",
            Money.vnd("32000"), false, Percentage.ZERO, Percentage.of("5")));

    @Test
    void aDraftIsSentWithItsTotalsInTheEvent() {
        Quote.Change sent = draft().send("acme", TODAY, NOW);

        assertThat(sent.quote().status()).isEqualTo(QuoteStatus.SENT);
        assertThat(sent.quote().sentAt()).isEqualTo(NOW);
        assertThat(sent.events()).singleElement().isInstanceOfSatisfying(QuoteSent.class, event -> {
            assertThat(event.number()).isEqualTo("BG-2026-000123");
            assertThat(event.total().amount()).isEqualByComparingTo("336000");
            assertThat(event.aggregateVersion()).isZero();
        });
    }

    @Test
    void aSentQuoteIsAcceptedOrRejectedOnce() {
        Quote sent = draft().send("acme", TODAY, NOW).quote();

        Quote.Change accepted = sent.accept("acme", TODAY, NOW);
        Quote.Change rejected = sent.reject("giá cao", "acme", NOW);

        assertThat(accepted.events()).singleElement().isInstanceOf(QuoteAccepted.class);
        assertThat(rejected.events()).singleElement().isInstanceOfSatisfying(QuoteRejected.class,
                event -> assertThat(event.reason()).isEqualTo("giá cao"));
        assertThatThrownBy(() -> accepted.quote().reject("late", "acme", NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> rejected.quote().accept("acme", TODAY, NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> accepted.quote().send("acme", TODAY, NOW)).isInstanceOf(StatusChangeRefused.class);
    }

    @Test
    void aDraftCannotBeAcceptedBeforeItIsSent() {
        assertThatThrownBy(() -> draft().accept("acme", TODAY, NOW)).isInstanceOfSatisfying(StatusChangeRefused.class,
                refused -> {
                    assertThat(refused.currentStatus()).isEqualTo("DRAFT");
                    assertThat(refused.requestedStatus()).isEqualTo("ACCEPTED");
                });
    }

    @Test
    void aSentQuoteIsNotEditedInPlace() {
        Quote sent = draft().send("acme", TODAY, NOW).quote();

        assertThatThrownBy(() -> sent.edit(sent.terms(), "VND", LINES, TODAY))
                .isInstanceOf(StatusChangeRefused.class).hasMessageContaining("revision");
    }

    @Test
    void aRevisionIsANewDraftWithTheSameNumberAndTheOldOneCanNoLongerBeAccepted() {
        Quote sent = draft().send("acme", TODAY, NOW).quote();

        Quote.Revision revision = sent.revise("q-2", NOW);

        assertThat(revision.replaced().status()).isEqualTo(QuoteStatus.REVISED);
        assertThat(revision.replaced().revisedById()).isEqualTo("q-2");
        assertThat(revision.draft().status()).isEqualTo(QuoteStatus.DRAFT);
        assertThat(revision.draft().number()).isEqualTo(sent.number());
        assertThat(revision.draft().revision()).isEqualTo(2);
        assertThat(revision.draft().previousRevisionId()).isEqualTo("q-1");
        assertThat(revision.draft().lines()).isEqualTo(sent.lines());
        assertThatThrownBy(() -> revision.replaced().accept("acme", TODAY, NOW))
                .isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> revision.replaced().revise("q-3", NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> draft().revise("q-3", NOW)).isInstanceOf(StatusChangeRefused.class);
    }

    @Test
    void aRejectedQuoteMayBeRevisedAndKeepsItsStatus() {
        Quote rejected = draft().send("acme", TODAY, NOW).quote().reject("đắt", "acme", NOW).quote();

        Quote.Revision revision = rejected.revise("q-2", NOW);

        assertThat(revision.replaced().status()).isEqualTo(QuoteStatus.REJECTED);
        assertThat(revision.replaced().revisedById()).isEqualTo("q-2");
    }

    @Test
    void aSentQuoteExpiresTheDayAfterItsValidityDate() {
        Quote sent = draft().send("acme", TODAY, NOW).quote();
        LocalDate lastValidDay = sent.terms().validUntil();

        assertThat(sent.isDueToExpire(lastValidDay)).isFalse();
        assertThat(sent.isDueToExpire(lastValidDay.plusDays(1))).isTrue();
        assertThat(sent.expire("acme", lastValidDay.plusDays(1), NOW).events()).singleElement()
                .isInstanceOf(QuoteExpired.class);
        assertThatThrownBy(() -> sent.expire("acme", lastValidDay, NOW)).isInstanceOf(StatusChangeRefused.class);
        assertThatThrownBy(() -> sent.accept("acme", lastValidDay.plusDays(1), NOW))
                .isInstanceOf(StatusChangeRefused.class).hasMessageContaining("expired");
        assertThat(draft().isDueToExpire(lastValidDay.plusYears(1))).isFalse();
    }

    @Test
    void aQuoteNeedsAnAccountAndAValidityNotInThePast() {
        assertThatThrownBy(() -> Quote.draft("q", number(), new QuoteTerms(null, null, null, null,
                TODAY.minusDays(1), null), "VND", LINES, "u", null, TODAY, NOW))
                .isInstanceOfSatisfying(BusinessRuleViolation.class, v -> assertThat(v.broken()).hasSize(2));
    }

    @Test
    void aDraftWithoutLinesIsNotSent() {
        Quote empty = Quote.draft("q", number(), terms(), "VND", List.of(), "u", null, TODAY, NOW);

        assertThatThrownBy(() -> empty.send("acme", TODAY, NOW)).isInstanceOf(BusinessRuleViolation.class);
    }

    @ParameterizedTest
    @EnumSource(QuoteStatus.class)
    void finalStatusesAllowNoFurtherChange(QuoteStatus status) {
        long reachable = java.util.Arrays.stream(QuoteStatus.values()).filter(status::canBecome).count();
        assertThat(status.isFinal()).isEqualTo(reachable == 0);
        assertThat(status.canBecome(QuoteStatus.DRAFT)).isFalse();
    }

    private static Quote draft() {
        return Quote.draft("q-1", number(), terms(), "VND", LINES, "user-1", "team-1", TODAY, NOW);
    }

    private static QuoteTerms terms() {
        return new QuoteTerms("acc-1", "con-1", "opp-1", null, TODAY.plusDays(30), null);
    }

    private static DocumentNumber number() {
        return new DocumentNumber(DocumentNumber.QUOTE, 2026, 123);
    }
}
