/**
 * The activity timeline: calls (Cuộc gọi), meetings (Cuộc gặp), notes (Ghi chú) and tasks (Công việc) logged on
 * any record (account, contact, lead, opportunity, ticket), and the idempotent move of a record's activities to
 * another record that the lead-conversion saga uses, with its compensation.
 */
package io.saola.crm.customer.activity;
