package io.saola.crm.customer.conversion.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.customer.account.domain.Address;
import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.conversion.domain.FilledField.Target;

/**
 * The account and contact a lead becomes, and the rules for existing ones: only empty fields are filled, never
 * an existing value overwritten; compensation empties a filled field again only while it holds the lead's value.
 */
public final class FromLead {

    static final List<String> ACCOUNT_FIELDS = List.of("phone", "mobile", "email", "address", "description");
    static final List<String> CONTACT_FIELDS = List.of("accountId", "title", "email", "mobile", "phone");

    private FromLead() {
    }

    /** A new account of the lead's kind, "need identified": the company for B2B, the person for B2C. */
    public static AccountDetails account(ConversionRequest request) {
        AccountType type = type(request);
        String name = type == AccountType.B2B ? request.company() : request.personName();
        if (name == null || name.isBlank()) {
            throw invalid(type == AccountType.B2B ? "A B2B lead needs a company" : "A lead needs a person's name");
        }
        try {
            return new AccountDetails(type, name, AccountStatus.NEED_IDENTIFIED, null, null, request.phone(),
                    request.mobile(), request.email(), null, request.address(), null, request.description());
        } catch (IllegalArgumentException invalidData) {
            throw invalid(invalidData.getMessage());
        }
    }

    /** A new contact for the lead's person, in {@code accountId}. */
    public static ContactDetails contact(ConversionRequest request, String accountId, boolean primary) {
        try {
            return new ContactDetails(request.personName(), request.title(), request.email(), request.mobile(),
                    request.phone(), accountId, primary, null);
        } catch (IllegalArgumentException invalidData) {
            throw invalid(invalidData.getMessage());
        }
    }

    /** The owner of what the conversion makes must be known. */
    public static void requireOwner(ConversionRequest request) {
        if (request.ownerId() == null || request.ownerId().isBlank()) {
            throw invalid("A converted lead needs an owner");
        }
    }

    /** The empty fields of an existing account that the lead's data would fill, with the values to write. */
    public static List<FilledField> accountFills(AccountDetails existing, AccountDetails fromLead) {
        List<FilledField> fills = new ArrayList<>();
        for (String field : ACCOUNT_FIELDS) {
            if (valueOf(existing, field) == null && valueOf(fromLead, field) != null) {
                fills.add(new FilledField(Target.ACCOUNT, field, valueOf(fromLead, field)));
            }
        }
        return fills;
    }

    /** The empty fields of an existing contact that the lead's data (and its account) would fill. */
    public static List<FilledField> contactFills(ContactDetails existing, ContactDetails fromLead) {
        List<FilledField> fills = new ArrayList<>();
        for (String field : CONTACT_FIELDS) {
            if (valueOf(existing, field) == null && valueOf(fromLead, field) != null) {
                fills.add(new FilledField(Target.CONTACT, field, valueOf(fromLead, field)));
            }
        }
        return fills;
    }

    /** {@code current} with the planned fills written into those fields that are still empty. */
    public static AccountDetails fill(AccountDetails current, List<FilledField> fills, AccountDetails fromLead) {
        AccountDetails filled = current;
        for (FilledField fill : fills) {
            if (fill.target() == Target.ACCOUNT && valueOf(filled, fill.field()) == null) {
                filled = with(filled, fill.field(), fromLead);
            }
        }
        return filled;
    }

    public static ContactDetails fill(ContactDetails current, List<FilledField> fills, ContactDetails fromLead) {
        ContactDetails filled = current;
        for (FilledField fill : fills) {
            if (fill.target() == Target.CONTACT && valueOf(filled, fill.field()) == null) {
                filled = with(filled, fill.field(), fromLead);
            }
        }
        return filled;
    }

    /** {@code current} with every filled field that still holds the value written emptied again. */
    public static AccountDetails restore(AccountDetails current, List<FilledField> fills) {
        AccountDetails restored = current;
        for (FilledField fill : fills) {
            if (fill.target() == Target.ACCOUNT && Objects.equals(valueOf(restored, fill.field()), fill.value())) {
                restored = with(restored, fill.field(), null);
            }
        }
        return restored;
    }

    public static ContactDetails restore(ContactDetails current, List<FilledField> fills) {
        ContactDetails restored = current;
        for (FilledField fill : fills) {
            if (fill.target() == Target.CONTACT && Objects.equals(valueOf(restored, fill.field()), fill.value())) {
                restored = with(restored, fill.field(), (ContactDetails) null);
            }
        }
        return restored;
    }

    /** How many of the fills are empty now, as they were before the conversion. */
    public static int emptyAgain(AccountDetails current, List<FilledField> fills) {
        return (int) fills.stream().filter(fill -> fill.target() == Target.ACCOUNT)
                .filter(fill -> valueOf(current, fill.field()) == null).count();
    }

    public static int emptyAgain(ContactDetails current, List<FilledField> fills) {
        return (int) fills.stream().filter(fill -> fill.target() == Target.CONTACT)
                .filter(fill -> valueOf(current, fill.field()) == null).count();
    }

    static String valueOf(AccountDetails details, String field) {
        return switch (field) {
            case "phone" -> details.phone();
            case "mobile" -> details.mobile();
            case "email" -> details.email();
            case "address" -> details.address() == null ? null : details.address().oneLine();
            case "description" -> details.description();
            default -> throw new IllegalArgumentException("Not a field a conversion fills: " + field);
        };
    }

    static String valueOf(ContactDetails details, String field) {
        return switch (field) {
            case "accountId" -> details.accountId();
            case "title" -> details.title();
            case "email" -> details.email();
            case "mobile" -> details.mobile();
            case "phone" -> details.phone();
            default -> throw new IllegalArgumentException("Not a field a conversion fills: " + field);
        };
    }

    /** {@code details} with {@code field} taken from {@code source} (emptied when {@code source} is null). */
    private static AccountDetails with(AccountDetails d, String field, AccountDetails source) {
        String phone = d.phone();
        String mobile = d.mobile();
        String email = d.email();
        Address address = d.address();
        String description = d.description();
        switch (field) {
            case "phone" -> phone = source == null ? null : source.phone();
            case "mobile" -> mobile = source == null ? null : source.mobile();
            case "email" -> email = source == null ? null : source.email();
            case "address" -> address = source == null ? null : source.address();
            case "description" -> description = source == null ? null : source.description();
            default -> throw new IllegalArgumentException("Not a field a conversion fills: " + field);
        }
        return new AccountDetails(d.type(), d.name(), d.status(), d.industry(), d.taxCode(), phone, mobile, email,
                d.website(), address, d.primaryContactId(), description);
    }

    private static ContactDetails with(ContactDetails d, String field, ContactDetails source) {
        String accountId = d.accountId();
        String title = d.title();
        String email = d.email();
        String mobile = d.mobile();
        String phone = d.phone();
        switch (field) {
            case "accountId" -> accountId = source == null ? null : source.accountId();
            case "title" -> title = source == null ? null : source.title();
            case "email" -> email = source == null ? null : source.email();
            case "mobile" -> mobile = source == null ? null : source.mobile();
            case "phone" -> phone = source == null ? null : source.phone();
            default -> throw new IllegalArgumentException("Not a field a conversion fills: " + field);
        }
        return new ContactDetails(d.name(), title, email, mobile, phone, accountId, d.primary(), d.description());
    }

    private static AccountType type(ConversionRequest request) {
        if ("B2B".equals(request.kind())) {
            return AccountType.B2B;
        }
        if ("B2C".equals(request.kind())) {
            return AccountType.B2C;
        }
        throw invalid("Unknown lead kind '" + request.kind() + "'");
    }

    private static ConversionRefusedException invalid(String message) {
        return new ConversionRefusedException(RejectionReason.INVALID_LEAD_DATA, message);
    }
}
