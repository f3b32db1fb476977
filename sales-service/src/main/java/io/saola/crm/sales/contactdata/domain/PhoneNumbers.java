package io.saola.crm.sales.contactdata.domain;

import java.util.List;
import java.util.Optional;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;

/**
 * Phone numbers as stored: E.164 ({@code +84912345678}), read with Vietnam as the default region so that
 * "0912 345 678" and "+84 912 345 678" are one number.
 */
public final class PhoneNumbers {

    private static final String DEFAULT_REGION = "VN";
    private static final String VIETNAM = "84";
    private static final PhoneNumberUtil NUMBERS = PhoneNumberUtil.getInstance();

    private PhoneNumbers() {
    }

    /** The E.164 form of a valid number; empty when {@code raw} is not one. */
    public static Optional<String> normalise(String raw) {
        if (raw == null || raw.isBlank() || raw.length() > 40) {
            return Optional.empty();
        }
        try {
            PhoneNumber number = NUMBERS.parse(raw.strip(), DEFAULT_REGION);
            return NUMBERS.isValidNumber(number)
                    ? Optional.of(NUMBERS.format(number, PhoneNumberUtil.PhoneNumberFormat.E164))
                    : Optional.empty();
        } catch (NumberParseException notANumber) {
            return Optional.empty();
        }
    }

    public static boolean isValid(String raw) {
        return normalise(raw).isPresent();
    }

    /** {@code raw} normalised; null and blank stay absent; an invalid number is refused. */
    public static String require(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        return normalise(raw).orElseThrow(() -> new IllegalArgumentException(field + " is not a valid phone number"));
    }

    /** How a Vietnamese reads a stored number: {@code 0912345678}; other countries keep their E.164 form. */
    public static String national(String e164) {
        if (e164 == null) {
            return null;
        }
        return e164.startsWith("+" + VIETNAM) ? "0" + e164.substring(1 + VIETNAM.length()) : e164;
    }

    /** The digit strings a stored number is found by: {@code 84912345678} and {@code 0912345678}. */
    public static List<String> searchForms(String e164) {
        if (e164 == null || !e164.startsWith("+")) {
            return List.of();
        }
        String digits = e164.substring(1);
        return digits.startsWith(VIETNAM) ? List.of(digits, national(e164)) : List.of(digits);
    }

    /** The digits a typed phone fragment should match ("+84 912" → "84912"); empty when it is not a number. */
    public static Optional<String> searchDigits(String typed) {
        if (typed == null || !typed.strip().matches("\\+?[0-9][0-9 .()-]*")) {
            return Optional.empty();
        }
        String digits = typed.replaceAll("[^0-9]", "");
        return digits.length() < 3 ? Optional.empty() : Optional.of(digits);
    }
}
