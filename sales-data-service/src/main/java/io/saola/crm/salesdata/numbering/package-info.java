/** Gap-free, duplicate-free document numbers per workspace and year (BG-2026-000123), without transactions. */
package io.saola.crm.salesdata.numbering;
