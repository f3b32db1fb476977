package io.saola.crm.sales.record.web;

import java.util.Map;

import io.saola.crm.sales.record.domain.ListOptions;

/**
 * The list parameters beyond the platform's: {@code scope=mine|team|all} and {@code deleted=true}; a saved
 * filter's {@code scope} fills in when the request gives none.
 */
public final class ListParameters {

    private ListParameters() {
    }

    public static ListOptions read(String scope, Boolean deleted, Map<String, String> saved) {
        return new ListOptions(scope != null ? scope : saved.get("scope"), Boolean.TRUE.equals(deleted));
    }
}
