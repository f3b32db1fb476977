package io.saola.crm.sales.lead;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.OpportunitySuggestion;
import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.record.domain.Money;

class OpportunitySuggestionTest {

    private final Product router = new Product("p-1", "RT-01", "Router Wi-Fi 6", "cái",
            new Money(new BigDecimal("1250000.50"), "VND"), true, 2);

    @Test
    void namesTheOpportunityAfterTheProductAndTheMobileAsPeopleWriteIt() {
        OpportunitySuggestion suggestion = OpportunitySuggestion.of(lead("+84 912 345 678", "028 3823 4567"),
                router);

        assertThat(suggestion.name()).isEqualTo("Router Wi-Fi 6 - 0912345678");
        assertThat(suggestion.amount()).isEqualTo(new Money(new BigDecimal("1250000.5"), "VND"));
    }

    @Test
    void fallsBackToThePhoneThenToTheProductAlone() {
        assertThat(OpportunitySuggestion.of(lead(null, "028 3823 4567"), router).name())
                .isEqualTo("Router Wi-Fi 6 - 02838234567");
        assertThat(OpportunitySuggestion.of(lead(null, null), router).name()).isEqualTo("Router Wi-Fi 6");
    }

    private static LeadDetails lead(String mobile, String phone) {
        return new LeadDetails(LeadKind.B2C, "Trịnh Thu Trang", null, null, null, mobile, phone, null, null, null,
                null, null, null);
    }
}
