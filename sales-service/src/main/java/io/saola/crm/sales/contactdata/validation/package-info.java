/** Bean-validation constraints for contact data, so bad phone numbers are listed with the other field errors. */
package io.saola.crm.sales.contactdata.validation;
