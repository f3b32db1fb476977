package io.saola.crm.salesdata.workspace;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import io.saola.crm.platform.mongo.SharedAcrossWorkspaces;

/** A workspace that has sales documents, so the expiry sweeps know where to look. Holds no workspace data. */
@Document(ActiveWorkspace.COLLECTION)
@SharedAcrossWorkspaces(reason = "the expiry sweeps run for every workspace with documents and must list them "
        + "before any workspace is current; it holds only workspace slugs")
record ActiveWorkspace(@Id String slug, Instant since) {

    static final String COLLECTION = "sales_data_workspaces";
}
