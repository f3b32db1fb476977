/** Competitors (Đối thủ): companies an opportunity is contested by, with their strengths and weaknesses. */
package io.saola.crm.sales.competitor;
