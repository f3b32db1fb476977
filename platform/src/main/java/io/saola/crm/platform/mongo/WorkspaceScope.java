package io.saola.crm.platform.mongo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.bson.BsonArray;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.BsonValue;
import org.bson.Document;
import org.bson.codecs.configuration.CodecRegistry;
import org.bson.conversions.Bson;

import io.saola.crm.platform.tenancy.WorkspaceContext;
import io.saola.crm.platform.tenancy.WorkspaceId;

/**
 * The rules that keep one collection operation inside the current workspace: filters gain the workspace,
 * stored documents are stamped with it, updates may not touch it, pipelines start by matching it and may not
 * reach into other collections, and indexes must lead with it.
 */
final class WorkspaceScope {

    static final String FIELD = "tenantId";

    private static final Set<String> FORBIDDEN_STAGES =
            Set.of("$lookup", "$graphLookup", "$unionWith", "$out", "$merge", "$documents", "$collStats",
                    "$indexStats", "$currentOp", "$listSessions", "$changeStream");

    private final WorkspaceId workspace;
    private final CodecRegistry codecs;
    private final String collection;

    WorkspaceScope(WorkspaceId workspace, CodecRegistry codecs, String collection) {
        this.workspace = workspace;
        this.codecs = codecs;
        this.collection = collection;
    }

    static WorkspaceScope current(CodecRegistry codecs, String collection) {
        return new WorkspaceScope(WorkspaceContext.require("collection '" + collection + "'"), codecs, collection);
    }

    BsonDocument filter(Bson original) {
        BsonDocument scoped = new BsonDocument(FIELD, new BsonString(workspace.slug()));
        if (original == null) {
            return scoped;
        }
        BsonDocument filter = original.toBsonDocument(BsonDocument.class, codecs);
        if (filter.containsKey(FIELD)) {
            return new BsonDocument("$and", new BsonArray(List.of(scoped, filter)));
        }
        scoped.putAll(filter);
        return scoped;
    }

    Object stamp(Object document) {
        if (document instanceof Document plain) {
            Object existing = plain.get(FIELD);
            checkSameWorkspace(existing);
            plain.put(FIELD, workspace.slug());
            return plain;
        }
        if (document instanceof BsonDocument bson) {
            BsonValue existing = bson.get(FIELD);
            checkSameWorkspace(existing == null ? null : existing.isString() ? existing.asString().getValue() : existing);
            bson.put(FIELD, new BsonString(workspace.slug()));
            return bson;
        }
        throw new WorkspaceScopeViolationException("Cannot stamp a " + document.getClass().getName()
                + " with its workspace in collection '" + collection + "'");
    }

    List<?> stampAll(List<?> documents) {
        List<Object> stamped = new ArrayList<>(documents.size());
        documents.forEach(document -> stamped.add(stamp(document)));
        return stamped;
    }

    void checkUpdate(Object update) {
        if (update instanceof Bson bson) {
            BsonDocument document = bson.toBsonDocument(BsonDocument.class, codecs);
            for (Map.Entry<String, BsonValue> operator : document.entrySet()) {
                if (!operator.getKey().startsWith("$")) {
                    throw new WorkspaceScopeViolationException("Replacement documents must use replaceOne");
                }
                if (operator.getValue().isDocument()) {
                    for (String path : operator.getValue().asDocument().keySet()) {
                        refuseTenantPath(path);
                    }
                    if ("$rename".equals(operator.getKey())) {
                        for (BsonValue target : operator.getValue().asDocument().values()) {
                            if (target.isString()) {
                                refuseTenantPath(target.asString().getValue());
                            }
                        }
                    }
                }
            }
        } else if (update instanceof List<?> pipeline) {
            for (Object stage : pipeline) {
                String json = ((Bson) stage).toBsonDocument(BsonDocument.class, codecs).toJson();
                if (json.contains("\"" + FIELD) || json.contains("$replaceRoot") || json.contains("$replaceWith")) {
                    throw new WorkspaceScopeViolationException(
                            "An update pipeline may not touch the workspace of documents in '" + collection + "'");
                }
            }
        }
    }

    List<Bson> pipeline(List<?> original) {
        List<Bson> scoped = new ArrayList<>(original.size() + 1);
        scoped.add(new BsonDocument("$match", filter(null)));
        for (Object stage : original) {
            BsonDocument document = ((Bson) stage).toBsonDocument(BsonDocument.class, codecs);
            refuseForbiddenStages(document);
            scoped.add(document);
        }
        return scoped;
    }

    static void checkIndexKeys(Bson keys, CodecRegistry codecs, String collection) {
        BsonDocument document = keys.toBsonDocument(BsonDocument.class, codecs);
        String first = document.isEmpty() ? null : document.getFirstKey();
        if (!FIELD.equals(first) && !"_id".equals(first)) {
            throw new WorkspaceScopeViolationException("Index " + document.toJson() + " on '" + collection
                    + "' must start with " + FIELD + ": every query is scoped by workspace");
        }
    }

    private void refuseForbiddenStages(BsonValue value) {
        if (value.isDocument()) {
            for (Map.Entry<String, BsonValue> entry : value.asDocument().entrySet()) {
                if (FORBIDDEN_STAGES.contains(entry.getKey())) {
                    throw new WorkspaceScopeViolationException("Stage " + entry.getKey()
                            + " could read or write outside the workspace; refused on '" + collection + "'");
                }
                refuseForbiddenStages(entry.getValue());
            }
        } else if (value.isArray()) {
            value.asArray().forEach(this::refuseForbiddenStages);
        }
    }

    private void refuseTenantPath(String path) {
        if (FIELD.equals(path) || path.startsWith(FIELD + ".")) {
            throw new WorkspaceScopeViolationException(
                    "The workspace of a document in '" + collection + "' cannot be changed");
        }
    }

    private void checkSameWorkspace(Object existing) {
        if (existing != null && !workspace.slug().equals(existing)) {
            throw new WorkspaceScopeViolationException("A document of workspace '" + existing
                    + "' cannot be written while working for '" + workspace.slug() + "'");
        }
    }
}
