package io.saola.crm.customer.record.web;

import jakarta.validation.constraints.Size;

/** A postal address in a request or a response. */
public record AddressBody(@Size(max = 300) String street, @Size(max = 100) String ward,
                          @Size(max = 100) String district, @Size(max = 100) String city,
                          @Size(max = 100) String country) {
}
