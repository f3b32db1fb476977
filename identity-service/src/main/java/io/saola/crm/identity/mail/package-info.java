/** The mails identity-service sends to prove that a person controls an address, and the links in them. */
package io.saola.crm.identity.mail;
