package io.saola.crm.sales.storage;

import java.util.List;
import java.util.Set;

/**
 * Every query sales-service sends to its own collections, by shape, with the index that serves it. Lists add
 * the member's scope (nothing, {@code ownerId}, or {@code ownerId}/{@code teamId}) and {@code deletedAt: null}
 * to the client's filter. Every sortable field has an index; sorting by {@code updatedAt} runs on the
 * scope's index and is sorted in memory.
 */
final class QueryShapes {

    record Shape(String name, String collection, String index) {
    }

    static final List<Shape> ALL = List.of(
            new Shape("lead by id", "leads", "_id_"),
            new Shape("leads, newest first (scope all)", "leads", "created"),
            new Shape("leads of an owner, newest first (scope mine, team)", "leads", "owner_created"),
            new Shape("leads of a team, newest first (scope team)", "leads", "team_created"),
            new Shape("leads by status, newest first", "leads", "status_created"),
            new Shape("lead search: every word a prefix of a search key", "leads", "search"),
            new Shape("leads by person name (sort=personName)", "leads", "person_name"),
            new Shape("leads by company (sort=company)", "leads", "company"),
            new Shape("duplicate lead by e-mail", "leads", "email"),
            new Shape("duplicate lead by phone", "leads", "phones"),
            new Shape("opportunity by id", "opportunities", "_id_"),
            new Shape("opportunities, newest first (scope all)", "opportunities", "created"),
            new Shape("opportunities of an owner (scope mine, team)", "opportunities", "owner_created"),
            new Shape("opportunities of a team (scope team)", "opportunities", "team_created"),
            new Shape("pipeline: opportunities in a stage by close date", "opportunities", "stage_close"),
            new Shape("opportunities of an account", "opportunities", "account"),
            new Shape("opportunities of a lead", "opportunities", "source_lead"),
            new Shape("opportunity search", "opportunities", "search"),
            new Shape("opportunities by name (sort=name)", "opportunities", "name"),
            new Shape("opportunities by close date (sort, or a range filter)", "opportunities", "close_date"),
            new Shape("opportunities by amount (sort, or a range filter)", "opportunities", "amount"),
            new Shape("opportunities by probability (sort, or a range filter)", "opportunities", "probability"),
            new Shape("competitor by id, competitors by ids", "competitors", "_id_"),
            new Shape("competitors by name", "competitors", "name"),
            new Shape("competitor with the same name", "competitors", "name_key"),
            new Shape("competitor search", "competitors", "search"),
            new Shape("partner by id, partners by ids", "partners", "_id_"),
            new Shape("partners by name", "partners", "name"),
            new Shape("partner with the same name", "partners", "name_key"),
            new Shape("partner search", "partners", "search"),
            new Shape("product by id, by ids, newer-version upsert by id", "products", "_id_"),
            new Shape("pending conversion by id (record, move, remove)", "sales_pending_conversions", "_id_"),
            new Shape("conversions due by a time, earliest first (all workspaces)", "sales_pending_conversions",
                    "due"));

    /**
     * Collections shared across workspaces (declared {@code @SharedAcrossWorkspaces}): their queries are not
     * scoped to a workspace, so their indexes start with what is queried instead.
     */
    static final Set<String> SHARED = Set.of("sales_pending_conversions");

    private QueryShapes() {
    }
}
