package io.saola.crm.sales.savedfilter.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.saved.SavedFilter;
import io.saola.crm.platform.list.saved.SavedFilterDraft;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.sales.competitor.application.CompetitorListFields;
import io.saola.crm.sales.lead.application.LeadListFields;
import io.saola.crm.sales.opportunity.application.OpportunityListFields;
import io.saola.crm.sales.partner.application.PartnerListFields;

/**
 * The saved filters of this service's lists, and how a list request picks one up: its filter combined with the
 * request's, its options ({@code scope}, {@code period}, {@code from}, {@code to}) used where the request
 * gives none.
 */
@Service
public class SavedViews {

    private final Map<String, FilterableFields> lists;
    private final SavedFilters filters;

    SavedViews(SavedFilters filters) {
        this.filters = filters;
        this.lists = Map.of("leads", LeadListFields.FIELDS, "opportunities", OpportunityListFields.FIELDS,
                "competitors", CompetitorListFields.FIELDS, "partners", PartnerListFields.FIELDS);
    }

    public SavedFilter create(WorkspaceMember member, String list, SavedFilterDraft draft) {
        return filters.create(member, list, fields(list), draft);
    }

    public List<SavedFilter> visibleTo(WorkspaceMember member, String list) {
        fields(list);
        return filters.visibleTo(member, list);
    }

    public SavedFilter get(WorkspaceMember member, String list, String id) {
        fields(list);
        return filters.get(member, list, id);
    }

    public SavedFilter update(WorkspaceMember member, String list, String id, Long expectedVersion,
                              SavedFilterDraft draft) {
        return filters.update(member, list, fields(list), id, expectedVersion, draft);
    }

    public void delete(WorkspaceMember member, String list, String id) {
        fields(list);
        filters.delete(member, list, id);
    }

    /** The saved filter a list request names, or empty when it names none. */
    public Optional<SavedFilter> chosen(WorkspaceMember member, String list, String id) {
        return id == null || id.isBlank() ? Optional.empty() : Optional.of(get(member, list, id));
    }

    public static ListRequest apply(Optional<SavedFilter> saved, ListRequest request) {
        return saved.map(filter -> SavedFilters.apply(filter, request)).orElse(request);
    }

    private FilterableFields fields(String list) {
        FilterableFields fields = lists.get(list);
        if (fields == null) {
            throw new RecordNotFoundException("list", list);
        }
        return fields;
    }
}
