/**
 * How people's contact data is compared: phone numbers in E.164 (Vietnam by default), e-mail in lower case, and
 * text without diacritics for search ("nguyen" finds "Nguyễn"). The same rules as customer-service's, so that a
 * lead and the account it becomes are found by the same typing.
 */
package io.saola.crm.sales.contactdata;
