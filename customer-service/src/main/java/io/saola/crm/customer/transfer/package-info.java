/**
 * CSV import and export of accounts and contacts: streamed row by row (neither side holds the file in memory),
 * UTF-8 with Vietnamese text intact, a per-row error report, and imports that are idempotent: a row already
 * imported (the same content in the same workspace) is skipped when the file is uploaded again.
 */
package io.saola.crm.customer.transfer;
