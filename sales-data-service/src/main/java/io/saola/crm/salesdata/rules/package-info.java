/**
 * The two ways a sales document refuses a request, shared by every feature: broken input rules (422) and a status
 * that does not allow the change (409). Plain Java, so aggregates throw them; the web layer turns them into
 * problem+json.
 */
package io.saola.crm.salesdata.rules;
