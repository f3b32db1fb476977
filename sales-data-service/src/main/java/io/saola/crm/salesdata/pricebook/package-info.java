/** Price books (Bảng giá): the standard book and named books with validity dates, and the price lookup. */
package io.saola.crm.salesdata.pricebook;
