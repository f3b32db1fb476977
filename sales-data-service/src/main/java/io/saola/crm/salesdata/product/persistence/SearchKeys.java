package io.saola.crm.salesdata.product.persistence;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese-aware search keys: diacritics removed, đ as d, lower case ("Cà phê Đắk Lắk" → "ca phe dak lak"). */
final class SearchKeys {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchKeys() {
    }

    static String of(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT).strip();
    }
}
