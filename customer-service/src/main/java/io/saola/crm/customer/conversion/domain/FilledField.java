package io.saola.crm.customer.conversion.domain;

/**
 * A field of an existing account or contact that was empty and that the conversion filled from the lead, with
 * the value it wrote (an address as one line): compensation empties it again only while it still holds that.
 */
public record FilledField(Target target, String field, String value) {

    public enum Target {
        ACCOUNT, CONTACT
    }
}
