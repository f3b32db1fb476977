package io.saola.crm.customer.storage;

import java.util.Date;
import java.util.List;
import java.util.regex.Pattern;

import org.bson.Document;

/**
 * Every query shape customer-service issues, with the index that serves it. The platform adds
 * {@code tenantId} to each filter; every index leads with it. Filters use sample values; what matters is
 * the fields, operators and sort.
 */
final class QueryShapes {

    record Shape(String name, String collection, Document filter, Document sort, String index) {
    }

    private static final Document LIVE = new Document("deletedAt", null);
    private static final Document NEWEST = new Document("createdAt", -1).append("_id", -1);
    private static final Document TIMELINE = new Document("at", -1).append("_id", -1);

    static final List<Shape> ALL = List.of(
            new Shape("account by id", "accounts", new Document("_id", "a-1"), null, "_id_"),
            new Shape("accounts, all, newest first", "accounts", LIVE, NEWEST, "created"),
            new Shape("accounts, mine, newest first", "accounts", and(new Document("ownerId", "u-1"), LIVE), NEWEST,
                    "owner_created"),
            new Shape("accounts by team", "accounts", and(new Document("teamId", new Document("$in",
                    List.of("north"))), LIVE), NEWEST, "team_created"),
            new Shape("accounts by name", "accounts", LIVE, new Document("name", 1).append("_id", 1), "name"),
            new Shape("account search", "accounts", and(new Document("searchKeys", Pattern.compile("^nguyen")),
                    LIVE), NEWEST, "search"),
            new Shape("account duplicate by e-mail", "accounts", and(new Document("email", "a@b.vn"), LIVE), null,
                    "email"),
            new Shape("account duplicate by phone", "accounts", and(new Document("phoneKeys",
                    new Document("$in", List.of("+84912345678"))), LIVE), null, "phones"),
            new Shape("accounts converted from a lead", "accounts", new Document("sourceLeadId", "lead-1"), null,
                    "source_lead"),
            new Shape("accounts whose primary contact is", "accounts", new Document("primaryContactId", "c-1")
                    .append("deletedAt", null), null, "primary_contact"),
            new Shape("contact by id", "contacts", new Document("_id", "c-1"), null, "_id_"),
            new Shape("contacts, mine, newest first", "contacts", and(new Document("ownerId", "u-1"), LIVE), NEWEST,
                    "owner_created"),
            new Shape("contacts, all, newest first", "contacts", LIVE, NEWEST, "created"),
            new Shape("contact search", "contacts", and(new Document("searchKeys", Pattern.compile("^tran")), LIVE),
                    NEWEST, "search"),
            new Shape("contacts by team", "contacts", and(new Document("teamId", new Document("$in",
                    List.of("north"))), LIVE), NEWEST, "team_created"),
            new Shape("contacts by name", "contacts", LIVE, new Document("name", 1).append("_id", 1), "name"),
            new Shape("contact duplicate by e-mail", "contacts", and(new Document("email", "a@b.vn"), LIVE), null,
                    "email"),
            new Shape("contact duplicate by phone", "contacts", and(new Document("phoneKeys",
                    new Document("$in", List.of("+84912345678"))), LIVE), null, "phones"),
            new Shape("contacts of a renamed account", "contacts", new Document("accountId", "a-1")
                    .append("_id", new Document("$gt", "c-1")), new Document("_id", 1), "account_primary"),
            new Shape("contacts converted from a lead", "contacts", new Document("sourceLeadId", "lead-1"), null,
                    "source_lead"),
            new Shape("primary contacts of an account", "contacts", new Document("accountId", "a-1")
                    .append("primary", true).append("deletedAt", null), null, "account_primary"),
            new Shape("activity by id", "activities", new Document("_id", "x-1"), null, "_id_"),
            new Shape("a record's timeline", "activities", new Document("aboutType", "LEAD").append("aboutId", "l-1")
                    .append("deletedAt", null), TIMELINE, "timeline"),
            new Shape("activities to move", "activities", new Document("aboutType", "LEAD").append("aboutId", "l-1")
                    .append("_id", new Document("$gt", "x-1")), new Document("_id", 1), "about_id"),
            new Shape("activities a move took", "activities", new Document("moves", new Document("$elemMatch",
                    new Document("operationId", "op-1").append("reversed", false))), new Document("_id", 1), "moves"),
            new Shape("activities, all, newest first", "activities", LIVE, TIMELINE, "at"),
            new Shape("activities, mine, newest first", "activities", and(new Document("ownerId", "u-1"), LIVE),
                    TIMELINE, "owner_at"),
            new Shape("activities by team", "activities", and(new Document("teamId", new Document("$in",
                    List.of("north"))), LIVE), TIMELINE, "team_at"),
            new Shape("activity search", "activities", and(new Document("searchKeys", Pattern.compile("^goi")),
                    LIVE), TIMELINE, "search"),
            new Shape("move by operation id", "activity_moves", new Document("operationId", "op-1"), null,
                    "operation"),
            new Shape("conversion by id", "lead_conversions", new Document("_id", "conversion-1"), null, "_id_"),
            new Shape("a record's history", "record_history", new Document("recordType", "ACCOUNT")
                    .append("recordId", "a-1"), new Document("version", -1), "record_version"),
            new Shape("import job by id", "import_jobs", new Document("_id", "job-1"), null, "_id_"),
            new Shape("the job of the same file", "import_jobs", new Document("fingerprint", "ACCOUNT:ab12")
                    .append("createdAt", new Document("$gt", new Date(0)))
                    .append("state", new Document("$ne", "FAILED")), new Document("createdAt", -1),
                    "fingerprint_created"),
            new Shape("import jobs whose lease expired", "import_jobs", new Document("lease.expiresAt",
                    new Document("$lt", new Date(0))), new Document("tenantId", 1).append("_id", 1),
                    "leased"),
            new Shape("my saved filters", "saved_filters", new Document("list", "accounts").append("ownerId", "u-1"),
                    new Document("name", 1), "list_owner"),
            new Shape("shared saved filters", "saved_filters", new Document("list", "accounts")
                    .append("shared", true), new Document("name", 1), "list_shared"));

    private QueryShapes() {
    }

    private static Document and(Document first, Document second) {
        Document both = new Document(first);
        both.putAll(second);
        return both;
    }
}
