/**
 * Opportunities (Cơ hội): a possible sale to an account, worked through the stage pipeline from needs analysis
 * to won or lost, with its amount, probability, product, competitors, partners and stage history.
 */
package io.saola.crm.sales.opportunity;
