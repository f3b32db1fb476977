package io.saola.crm.sales.record.domain;

/** A postal address; every part optional and trimmed. */
public record Address(String street, String ward, String district, String city, String country) {

    public Address {
        street = Text.trim(street);
        ward = Text.trim(ward);
        district = Text.trim(district);
        city = Text.trim(city);
        country = Text.trim(country);
    }

    public boolean isEmpty() {
        return street == null && ward == null && district == null && city == null && country == null;
    }
}
