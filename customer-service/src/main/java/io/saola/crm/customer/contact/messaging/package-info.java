/** What contacts learn from events: their account's new name. */
package io.saola.crm.customer.contact.messaging;
