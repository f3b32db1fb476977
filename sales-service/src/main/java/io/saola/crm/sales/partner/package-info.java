/** Partners (Đối tác): resellers, distributors and consultants who bring or help win opportunities. */
package io.saola.crm.sales.partner;
