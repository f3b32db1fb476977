package io.saola.crm.sales.contactdata.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: without diacritics, lower case, split into words. Đ and đ do not decompose under
 * NFD, so they are mapped to d explicitly ("dang" finds "Đặng").
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@._+-]+");
    private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[@._+-]+|[@._+-]+$");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text.replace('Đ', 'D').replace('đ', 'd'), Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip();
    }

    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normalise(text).split(" +")) {
            String trimmed = EDGE_PUNCTUATION.matcher(word).replaceAll("");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
