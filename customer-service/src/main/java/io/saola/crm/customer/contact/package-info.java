/**
 * Contacts (Liên hệ): the people at an account, one of them its primary contact; searchable by their name,
 * their company, e-mail and phone.
 */
package io.saola.crm.customer.contact;
