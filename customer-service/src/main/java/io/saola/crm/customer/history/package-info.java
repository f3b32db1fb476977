/**
 * The change history of every account, contact and activity: who changed which field from what to what, and
 * when. One entry per change, keyed by record and version so that writing it again after a retry changes
 * nothing.
 */
package io.saola.crm.customer.history;
