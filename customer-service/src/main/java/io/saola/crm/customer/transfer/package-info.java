/**
 * CSV import and export of accounts and contacts: streamed row by row (neither side holds the file in memory),
 * UTF-8 with Vietnamese text intact. An import is a job (size- and row-capped, checked whole before any row is
 * stored, run by a bounded worker pool under a renewed lease) with a per-row error report; it is idempotent:
 * the same file answers its job again, and a row already imported (the same content in the same workspace) is
 * skipped when it comes again.
 */
package io.saola.crm.customer.transfer;
