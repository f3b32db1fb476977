package io.saola.crm.customer.conversion.domain;

import java.util.List;

/**
 * What a conversion will do, decided and stored before its first step: the account (made under
 * {@code accountId} when {@code accountCreated}, else an existing one), the contact likewise (null for B2C),
 * whether a new contact becomes the account's primary one, and the empty fields of existing records it fills.
 * Replaying the steps from the stored plan always aims at the same records.
 */
public record ConversionPlan(String accountId, boolean accountCreated, String contactId, boolean contactCreated,
                             boolean contactPrimary, List<FilledField> fills) {

    public ConversionPlan {
        fills = fills == null ? List.of() : List.copyOf(fills);
    }

    public List<FilledField> fillsOf(FilledField.Target target) {
        return fills.stream().filter(fill -> fill.target() == target).toList();
    }
}
