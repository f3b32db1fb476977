package io.saola.crm.customer.account.domain;

/** A postal address as Vietnamese addresses are written: street, ward, district, city/province, country. */
public record Address(String street, String ward, String district, String city, String country) {

    public Address {
        street = blankToNull(street);
        ward = blankToNull(ward);
        district = blankToNull(district);
        city = blankToNull(city);
        country = blankToNull(country);
    }

    public boolean isEmpty() {
        return street == null && ward == null && district == null && city == null && country == null;
    }

    /** One line, parts that are present separated by commas. */
    public String oneLine() {
        StringBuilder line = new StringBuilder();
        for (String part : new String[] {street, ward, district, city, country}) {
            if (part != null) {
                line.append(line.length() == 0 ? "" : ", ").append(part);
            }
        }
        return line.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
