/** Bean-validation constraints shared by the record types' requests (currencies of money amounts). */
package io.saola.crm.sales.record.validation;
