package io.saola.crm.sales.api;

/** A postal address on the wire; the same field names as the services' address bodies, every part optional. */
public record PostalAddress(String street, String ward, String district, String city, String country) {
}
