package io.saola.crm.sales.record.web;

import jakarta.validation.constraints.Size;

import io.saola.crm.sales.record.domain.Address;

/** A postal address in a request or a response. */
public record AddressBody(@Size(max = 300) String street, @Size(max = 100) String ward,
                          @Size(max = 100) String district, @Size(max = 100) String city,
                          @Size(max = 100) String country) {

    public Address toAddress() {
        return new Address(street, ward, district, city, country);
    }

    public static AddressBody of(Address address) {
        return address == null ? null : new AddressBody(address.street(), address.ward(), address.district(),
                address.city(), address.country());
    }
}
