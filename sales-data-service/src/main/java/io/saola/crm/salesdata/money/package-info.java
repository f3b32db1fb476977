/**
 * Money and percentages: exact decimal amounts with an ISO currency (VND by default), rounded only where a rule
 * says so, to the currency's minor unit, half up.
 */
package io.saola.crm.salesdata.money;
