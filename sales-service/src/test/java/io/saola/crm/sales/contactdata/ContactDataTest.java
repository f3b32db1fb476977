package io.saola.crm.sales.contactdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.saola.crm.sales.contactdata.domain.PhoneNumbers;
import io.saola.crm.sales.contactdata.domain.SearchKeys;
import io.saola.crm.sales.contactdata.domain.SearchText;

class ContactDataTest {

    @Test
    void vietnameseTextLosesItsDiacriticsIncludingTheLetterD() {
        assertThat(SearchText.words("Đặng Thị Ngọc Ánh")).containsExactly("dang", "thi", "ngoc", "anh");
        assertThat(SearchText.normalise("CÔNG TY TNHH Hòa Bình, Hà Nội")).isEqualTo("cong ty tnhh hoa binh ha noi");
    }

    @Test
    void phoneNumbersAreOneNumberHoweverTheyAreWritten() {
        assertThat(PhoneNumbers.normalise("0912 345 678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("+84 912-345-678")).contains("+84912345678");
        assertThat(PhoneNumbers.normalise("(028) 3823 4567")).contains("+842838234567");
        assertThat(PhoneNumbers.normalise("+1 650 253 0000")).contains("+16502530000");
        assertThat(PhoneNumbers.normalise("0912 345")).isEmpty();
        assertThatThrownBy(() -> PhoneNumbers.require("mobile", "12")).hasMessageContaining("mobile");
        assertThat(PhoneNumbers.national("+84912345678")).isEqualTo("0912345678");
        assertThat(PhoneNumbers.national("+16502530000")).isEqualTo("+16502530000");
    }

    @Test
    void aRecordIsFoundByEveryWordOfItsNamesItsEmailAndBothFormsOfItsPhone() {
        var keys = SearchKeys.builder().name("Nguyễn Văn An").name("Công ty Đặng Gia").email("An@DangGia.vn")
                .phone("+84912345678").build();

        assertThat(keys).contains("nguyen", "van", "an", "nguyen van an", "dang", "cong ty dang gia",
                "an@danggia.vn", "84912345678", "0912345678");
        assertThat(SearchKeys.prefixesOf("0912 345")).containsExactly("0912345");
        assertThat(SearchKeys.prefixesOf("Nguyễn an")).containsExactly("nguyen", "an");
    }
}
