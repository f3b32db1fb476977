package io.saola.crm.customer.account.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.record.web.AddressBody;
import io.saola.crm.customer.search.validation.PhoneNumber;

/** An account as a client creates or replaces it; {@code version} is the alternative to If-Match on updates. */
record AccountRequest(@NotNull AccountType type, @NotBlank @Size(max = 200) String name, AccountStatus status,
                      @Size(max = 100) String industry, @Size(max = 20) String taxCode,
                      @PhoneNumber String phone, @PhoneNumber String mobile,
                      @Email @Size(max = 254) String email, @Size(max = 300) String website,
                      @Valid AddressBody address, @Size(max = 64) String primaryContactId,
                      @Size(max = 4000) String description, @Size(max = 64) String ownerId,
                      @Size(max = 64) String teamId, @Size(max = 64) String sourceLeadId, Long version) {

    AccountDetails details() {
        Address postal = address == null ? null : new Address(address.street(), address.ward(), address.district(),
                address.city(), address.country());
        return new AccountDetails(type, name, status, industry, taxCode, phone, mobile, email, website, postal,
                primaryContactId, description);
    }
}
