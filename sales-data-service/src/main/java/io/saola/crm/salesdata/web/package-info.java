/** Web pieces every feature shares: money input, If-Match checks and the mapping of domain refusals to problems. */
package io.saola.crm.salesdata.web;
