package io.saola.crm.customer.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.saola.crm.customer.search.domain.PhoneNumbers;
import io.saola.crm.customer.search.domain.SearchKeys;
import io.saola.crm.customer.search.domain.SearchText;

class SearchTextTest {

    @Test
    void removesVietnameseDiacriticsIncludingTheBarredD() {
        assertThat(SearchText.normalise("Nguyễn Thị Ánh Đặng")).isEqualTo("nguyen thi anh dang");
        assertThat(SearchText.normalise("ĐẶNG đức")).isEqualTo("dang duc");
        assertThat(SearchText.words("  Công ty TNHH, Hòa-Bình ")).containsExactly("cong", "ty", "tnhh", "hoa-binh");
    }

    @Test
    void normalisesVietnamesePhoneNumbersToE164() {
        assertThat(PhoneNumbers.normalise("0912 345 678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("+84 912-345-678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("(028) 3823 4567")).contains("+842838234567");
        assertThat(PhoneNumbers.normalise("+1 650 253 0000")).contains("+16502530000");
        assertThat(PhoneNumbers.normalise("0912 345")).isEmpty();
        assertThat(PhoneNumbers.normalise("không có")).isEmpty();
    }

    @Test
    void aPhoneQueryIsOnePrefixAndTextQueriesAreOnePerWord() {
        assertThat(SearchKeys.prefixesOf("0912 345 678")).containsExactly("0912345678");
        assertThat(SearchKeys.prefixesOf("+84912345678")).containsExactly("84912345678");
        assertThat(SearchKeys.prefixesOf("Nguyễn Văn")).containsExactly("nguyen", "van");
    }

    @Test
    void keysCoverNameWordsWholeNameEmailAndBothPhoneForms() {
        assertThat(SearchKeys.builder().name("Đặng Thu Hà").email("Ha.Dang@Example.vn").phone("+84912345678")
                .build()).contains("dang", "thu", "ha", "dang thu ha", "ha.dang@example.vn", "ha.dang",
                "84912345678", "0912345678");
    }
}
