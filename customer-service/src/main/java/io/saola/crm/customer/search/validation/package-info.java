/** Bean-validation constraints for customer data, so bad phone numbers are listed with the other field errors. */
package io.saola.crm.customer.search.validation;
