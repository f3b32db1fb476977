/** Unit groups and units (Nhóm đơn vị / Đơn vị sản phẩm) and the conversions between units of one group. */
package io.saola.crm.salesdata.unit;
