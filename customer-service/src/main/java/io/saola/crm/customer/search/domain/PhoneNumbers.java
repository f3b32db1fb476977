package io.saola.crm.customer.search.domain;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as the product stores them: E.164 ({@code +84912345678}), read with Vietnam as the default
 * region so that "0912 345 678", "+84 912 345 678" and "84-912-345-678" are one number. Numbers of other
 * countries are accepted when written with their country code.
 */
public final class PhoneNumbers {

    public static final String DEFAULT_REGION = "VN";

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The E.164 form of a valid number; empty when {@code raw} is not a valid phone number. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = UTIL.parse(raw.strip(), DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                return Optional.empty();
            }
            return Optional.of(UTIL.format(number, PhoneNumberUtil.PhoneNumberFormat.E164));
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    /** {@code raw} normalised, or an {@link IllegalArgumentException} naming the field; null stays null. */
    public static String require(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return normalise(raw).orElseThrow(() -> new IllegalArgumentException(field + " is not a valid phone number"));
    }

    /**
     * The digit strings a stored E.164 number is found by: the international digits ({@code 84912345678}) and,
     * for Vietnamese numbers, the national form people type ({@code 0912345678}).
     */
    public static List<String> searchForms(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return List.of();
        }
        String digits = e164.substring(1);
        if (digits.startsWith("84")) {
            return List.of(digits, "0" + digits.substring(2));
        }
        return List.of(digits);
    }

    /**
     * The digits a typed phone fragment should match: "+84 912" becomes "84912", "0912 345" stays "0912345";
     * empty when the text is not mostly a phone number.
     */
    public static Optional<String> searchDigits(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String stripped = typed.strip();
        if (!stripped.matches("\\+?[0-9][0-9 .()-]*")) {
            return Optional.empty();
        }
        String digits = stripped.replaceAll("[^0-9]", "");
        return digits.length() < 3 ? Optional.empty() : Optional.of(digits);
    }
}
