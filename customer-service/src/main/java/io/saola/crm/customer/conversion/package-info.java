/**
 * The customer side of a lead's conversion (the saga of docs/EVENTS.md, "Lead conversion"): on
 * {@code LeadConversionRequested} it makes or fills the lead's account and, for B2B, its contact, moves the
 * lead's activities to the account and answers {@code AccountCreatedForLead} (or {@code LeadConversionRejected});
 * on {@code LeadConversionFailed} it undoes exactly what it did and answers {@code LeadConversionCompensated}.
 * Its conversion record (one per conversion id) holds the plan, written before any step, so that a crash at any
 * point and the redelivery that follows converge on the same records.
 */
package io.saola.crm.customer.conversion;
