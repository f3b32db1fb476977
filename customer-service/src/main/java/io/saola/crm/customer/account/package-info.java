/**
 * Accounts (Tài khoản / Khách hàng): B2B organisations and B2C individuals the workspace sells to, with their
 * status ("Phát sinh nhu cầu" after a lead conversion), contact data normalised for search and duplicates,
 * optimistic versions, soft delete and restore.
 */
package io.saola.crm.customer.account;
