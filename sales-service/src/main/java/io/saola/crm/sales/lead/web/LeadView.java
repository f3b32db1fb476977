package io.saola.crm.sales.lead.web;

import java.time.Instant;

import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.OpportunitySuggestion;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.web.AddressBody;
import io.saola.crm.sales.record.web.MoneyBody;

/**
 * A lead as clients read it, with Vietnamese labels, the opportunity its product of interest suggests (null
 * without a product, or while the product view does not know the product yet) and its last conversion (null
 * when never converted; once CONVERTED it links to the account, contact and opportunity).
 */
record LeadView(String id, String kind, String kindLabel, String personName, String company, String title,
                String email, String mobile, String phone, AddressBody address, String source, String sourceLabel,
                String campaignId, String rating, String ratingLabel, String productOfInterestId,
                String description, String status, String statusLabel, String statusReason,
                SuggestedOpportunity suggestedOpportunity, String ownerId, String teamId, Instant createdAt,
                String createdBy, Instant updatedAt, String updatedBy, Instant deletedAt, String deletedBy,
                ConversionView conversion, long version) {

    record SuggestedOpportunity(String name, MoneyBody amount) {
    }

    static LeadView of(Lead lead, OpportunitySuggestion suggestion) {
        LeadDetails d = lead.details();
        Stamps s = lead.stamps();
        return new LeadView(lead.id(), d.kind().name(), d.kind().label(), d.personName(), d.company(), d.title(),
                d.email(), d.mobile(), d.phone(), AddressBody.of(d.address()),
                d.source() == null ? null : d.source().name(), d.source() == null ? null : d.source().label(),
                d.campaignId(), d.rating() == null ? null : d.rating().name(),
                d.rating() == null ? null : d.rating().label(), d.productOfInterestId(), d.description(),
                lead.status().name(), lead.status().label(), lead.statusReason(),
                suggestion == null ? null
                        : new SuggestedOpportunity(suggestion.name(), MoneyBody.of(suggestion.amount())),
                lead.ownership().ownerId(), lead.ownership().teamId(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.updatedBy(), s.deletedAt(), s.deletedBy(), ConversionView.of(lead.id(), lead.conversion()),
                lead.version());
    }
}
