package io.saola.crm.customer.account.web;

import java.time.Instant;

import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.record.web.AddressBody;

/** An account as clients read it, with the Vietnamese labels of its type and status. */
record AccountView(String id, String type, String typeLabel, String name, String status, String statusLabel,
                   String industry, String taxCode, String phone, String mobile, String email, String website,
                   AddressBody address, String primaryContactId, String description, String ownerId, String teamId,
                   String sourceLeadId, Instant createdAt, String createdBy, Instant updatedAt, String updatedBy,
                   Instant deletedAt, String deletedBy, long version) {

    static AccountView of(Account account) {
        AccountDetails d = account.details();
        Address a = d.address();
        return new AccountView(account.id(), d.type().name(), d.type().label(), d.name(), d.status().name(),
                d.status().label(), d.industry(), d.taxCode(), d.phone(), d.mobile(), d.email(), d.website(),
                a == null ? null : new AddressBody(a.street(), a.ward(), a.district(), a.city(), a.country()),
                d.primaryContactId(), d.description(), account.ownership().ownerId(), account.ownership().teamId(),
                account.sourceLeadId(), account.createdAt(), account.createdBy(), account.updatedAt(),
                account.updatedBy(), account.deletedAt(), account.deletedBy(), account.version());
    }
}
