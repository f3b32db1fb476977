package io.saola.crm.customer.conversion.domain;

/**
 * Where the customer side of a conversion stands. STARTED: the plan is written, steps may be under way;
 * DONE: account (and contact) made and activities moved; REJECTED: refused, nothing left made; COMPENSATED:
 * undone after the conversion failed (or marked so before it ever ran, so that a late request does nothing).
 */
public enum ConversionState {
    STARTED, DONE, REJECTED, COMPENSATED
}
