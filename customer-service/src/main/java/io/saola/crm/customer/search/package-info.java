/**
 * How people find customers: Vietnamese-aware text normalisation (diacritics, Đ/đ, case), Vietnamese phone
 * numbers validated and normalised with libphonenumber, e-mail keys, and the search keys stored on each
 * document so that a prefix lookup on an index answers searches (the embedded store has no {@code $text}).
 */
package io.saola.crm.customer.search;
