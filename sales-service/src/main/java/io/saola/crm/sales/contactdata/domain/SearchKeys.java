package io.saola.crm.sales.contactdata.domain;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys a record is found by, stored on its document: every normalised word of its names and each whole
 * name, the e-mail address and its local part, and the digit forms of its phone numbers. A search matches when
 * every typed word is a prefix of some key.
 */
public final class SearchKeys {

    private final Set<String> keys = new LinkedHashSet<>();

    public static SearchKeys builder() {
        return new SearchKeys();
    }

    public SearchKeys name(String name) {
        List<String> words = SearchText.words(name);
        keys.addAll(words);
        if (words.size() > 1) {
            keys.add(String.join(" ", words));
        }
        return this;
    }

    public SearchKeys email(String email) {
        String normalised = EmailAddresses.normalise(email);
        if (normalised != null) {
            keys.add(normalised);
            int at = normalised.indexOf('@');
            if (at > 0) {
                keys.add(normalised.substring(0, at));
            }
        }
        return this;
    }

    /** {@code e164}: a number already normalised by {@link PhoneNumbers}. */
    public SearchKeys phone(String e164) {
        keys.addAll(PhoneNumbers.searchForms(e164));
        return this;
    }

    public List<String> build() {
        return new ArrayList<>(keys);
    }

    /** One prefix per typed word, or the digits when the query is a phone number ("0912 345" is one prefix). */
    public static List<String> prefixesOf(String query) {
        return PhoneNumbers.searchDigits(query).map(List::of).orElseGet(() -> SearchText.words(query));
    }
}
