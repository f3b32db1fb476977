package io.saola.crm.sales.opportunity.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.opportunity.application.OpportunityLists;
import io.saola.crm.sales.opportunity.domain.Opportunities;
import io.saola.crm.sales.opportunity.domain.Opportunity;
import io.saola.crm.sales.opportunity.domain.OpportunityDetails;
import io.saola.crm.sales.opportunity.domain.OpportunityStage;
import io.saola.crm.sales.opportunity.domain.StageChange;
import io.saola.crm.sales.opportunity.persistence.OpportunityDocument.StageChangeDocument;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.persistence.VersionedDocuments;

@Repository
class MongoOpportunities implements Opportunities, OpportunityLists {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;
    private final MongoListQueries lists;

    MongoOpportunities(MongoOperations mongo, VersionedDocuments documents, MongoListQueries lists) {
        this.mongo = mongo;
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public Optional<Opportunity> find(String id) {
        return Optional.ofNullable(mongo.findById(id, OpportunityDocument.class)).map(MongoOpportunities::toDomain);
    }

    @Override
    public void store(Changed<Opportunity> change) {
        Opportunity o = change.state();
        documents.store(OpportunityDocument.class, "opportunity", o.id(), o.version(), SalesTopics.OPPORTUNITY,
                change.events(), OpportunityDocument::version, (pending, stored) -> toDocument(o, pending, stored));
    }

    @Override
    public Page<Opportunity> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(OpportunityDocument.class, scope, request, fields).map(MongoOpportunities::toDomain);
    }

    private static Opportunity toDomain(OpportunityDocument d) {
        OpportunityDetails details = new OpportunityDetails(d.name(), d.accountId(), d.contactId(),
                d.amount() == null ? null : new Money(d.amount(), d.currency()), d.expectedCloseDate(),
                d.productId(), d.competitorIds(), d.partnerIds(), d.sourceLeadId(), d.description());
        List<StageChange> history = d.stageHistory() == null ? List.of() : d.stageHistory().stream()
                .map(c -> new StageChange(c.from() == null ? null : OpportunityStage.valueOf(c.from()),
                        OpportunityStage.valueOf(c.to()), c.by(), c.at())).toList();
        return new Opportunity(d.id(), details, new Ownership(d.ownerId(), d.teamId()),
                OpportunityStage.valueOf(d.stage()), d.probability(), d.lostReason(), history,
                new Stamps(d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy()),
                d.version() == null ? 0 : d.version());
    }

    private static OpportunityDocument toDocument(Opportunity o, List<OutboxRecord> pending, Long storedVersion) {
        OpportunityDetails d = o.details();
        Stamps s = o.stamps();
        List<StageChangeDocument> history = o.stageHistory().stream().map(c -> new StageChangeDocument(
                c.from() == null ? null : c.from().name(), c.to().name(), c.by(), c.at())).toList();
        return new OpportunityDocument(o.id(), d.name(), d.accountId(), d.contactId(),
                d.amount() == null ? null : d.amount().amount(), d.amount() == null ? null : d.amount().currency(),
                o.stage().name(), o.probability(), d.expectedCloseDate(), d.productId(), d.competitorIds(),
                d.partnerIds(), d.sourceLeadId(), d.description(), o.lostReason(), history,
                o.ownership().ownerId(), o.ownership().teamId(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.updatedBy(), s.deletedAt(), s.deletedBy(), o.searchKeys(), pending, storedVersion);
    }
}
