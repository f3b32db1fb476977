/** The local platform's SMTP server and the mailbox page that shows what it received. */
package io.saola.crm.deploy.mail;
