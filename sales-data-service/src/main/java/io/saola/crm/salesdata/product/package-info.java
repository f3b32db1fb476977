/** Products (Sản phẩm): the catalogue documents are priced from; deactivated, never deleted once used. */
package io.saola.crm.salesdata.product;
