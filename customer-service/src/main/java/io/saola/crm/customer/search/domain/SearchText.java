package io.saola.crm.customer.search.domain;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Text as search compares it: without diacritics, lower case, words separated by single spaces, so that
 * "nguyen" finds "Nguyễn" and "dang" finds "Đặng". Đ and đ are letters of their own in Unicode (they do not
 * decompose under NFD), so they are mapped to d explicitly.
 */
public final class SearchText {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}@._+-]+");

    private SearchText() {
    }

    public static String normalise(String text) {
        if (text == null) {
            return "";
        }
        String withoutD = text.replace('Đ', 'D').replace('đ', 'd');
        String decomposed = Normalizer.normalize(withoutD, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
        return SEPARATORS.matcher(plain).replaceAll(" ").strip().replaceAll(" +", " ");
    }

    /** The normalised words of {@code text}, each with leading and trailing punctuation removed. */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String word : normalise(text).split(" ")) {
            String trimmed = word.replaceAll("^[@._+-]+|[@._+-]+$", "");
            if (!trimmed.isEmpty()) {
                words.add(trimmed);
            }
        }
        return words;
    }
}
