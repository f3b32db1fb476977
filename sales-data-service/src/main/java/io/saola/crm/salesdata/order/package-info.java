/** Orders (Đơn hàng): from an accepted quote or entered directly; DRAFT → CONFIRMED → FULFILLED / CANCELLED. */
package io.saola.crm.salesdata.order;
