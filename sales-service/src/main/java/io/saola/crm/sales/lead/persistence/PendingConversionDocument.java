package io.saola.crm.sales.lead.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.mongo.SharedAcrossWorkspaces;

/**
 * A running conversion the timeout sweep must look at by {@code dueAt}; keyed by conversion id. Holds only ids and
 * a time, no lead data. Its one index starts with what the sweep queries, the due time.
 */
@Document(PendingConversionDocument.COLLECTION)
@SharedAcrossWorkspaces(reason = "the conversion timeout sweep must find due conversions of every workspace "
        + "before any workspace is current; it holds only the workspace slug, lead and conversion ids and a time")
@CompoundIndex(name = "due", def = "{'dueAt': 1}")
record PendingConversionDocument(@Id String conversionId, String tenantId, String leadId, Instant dueAt) {

    static final String COLLECTION = "sales_pending_conversions";
}
