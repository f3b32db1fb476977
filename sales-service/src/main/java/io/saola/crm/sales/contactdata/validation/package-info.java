/** Bean-validation constraints for phone numbers and currencies, so they are listed with the other field errors. */
package io.saola.crm.sales.contactdata.validation;
