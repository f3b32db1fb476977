package io.saola.crm.sales.lead.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.sales.api.SalesTopics;
import io.saola.crm.sales.lead.application.LeadLists;
import io.saola.crm.sales.lead.domain.ConversionState;
import io.saola.crm.sales.lead.domain.ConversionTerms;
import io.saola.crm.sales.lead.domain.Lead;
import io.saola.crm.sales.lead.domain.LeadConversion;
import io.saola.crm.sales.lead.domain.LeadDetails;
import io.saola.crm.sales.lead.domain.LeadKind;
import io.saola.crm.sales.lead.domain.LeadRating;
import io.saola.crm.sales.lead.domain.LeadSource;
import io.saola.crm.sales.lead.domain.LeadStatus;
import io.saola.crm.sales.lead.domain.Leads;
import io.saola.crm.sales.lead.persistence.LeadDocument.ConversionDocument;
import io.saola.crm.sales.record.domain.Changed;
import io.saola.crm.sales.record.domain.Money;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.persistence.ListCriteria;
import io.saola.crm.sales.record.persistence.VersionedDocuments;

@Repository
class MongoLeads implements Leads, LeadLists {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;
    private final MongoListQueries lists;

    MongoLeads(MongoOperations mongo, VersionedDocuments documents, MongoListQueries lists) {
        this.mongo = mongo;
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public Optional<Lead> find(String id) {
        return Optional.ofNullable(mongo.findById(id, LeadDocument.class)).map(MongoLeads::toDomain);
    }

    @Override
    public void store(Changed<Lead> change) {
        Lead lead = change.state();
        documents.store(LeadDocument.class, "lead", lead.id(), lead.version(), SalesTopics.LEAD, change.events(),
                LeadDocument::version, (pending, stored) -> toDocument(lead, pending, stored));
    }

    @Override
    public Optional<Lead> findDuplicate(String email, List<String> phones, String exceptId) {
        List<Criteria> either = new ArrayList<>();
        if (email != null) {
            either.add(Criteria.where("email").is(email));
        }
        List<String> numbers = phones.stream().filter(Objects::nonNull).distinct().toList();
        if (!numbers.isEmpty()) {
            either.add(Criteria.where("phoneKeys").in(numbers));
        }
        if (either.isEmpty()) {
            return Optional.empty();
        }
        List<Criteria> parts = new ArrayList<>();
        parts.add(either.size() == 1 ? either.get(0) : new Criteria().orOperator(either));
        parts.add(ListCriteria.deleted(false));
        if (exceptId != null) {
            parts.add(Criteria.where("_id").ne(exceptId));
        }
        return Optional.ofNullable(mongo.findOne(new Query(ListCriteria.all(parts)).limit(1), LeadDocument.class))
                .map(MongoLeads::toDomain);
    }

    @Override
    public Page<Lead> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(LeadDocument.class, scope, request, fields).map(MongoLeads::toDomain);
    }

    static Lead toDomain(LeadDocument d) {
        LeadDetails details = new LeadDetails(LeadKind.valueOf(d.kind()), d.personName(), d.company(), d.title(),
                d.email(), d.mobile(), d.phone(), d.address(), d.source() == null ? null : LeadSource.valueOf(d.source()),
                d.campaignId(), d.rating() == null ? null : LeadRating.valueOf(d.rating()), d.productOfInterestId(),
                d.description());
        return new Lead(d.id(), details, new Ownership(d.ownerId(), d.teamId()), LeadStatus.valueOf(d.status()),
                d.statusReason(), new Stamps(d.createdAt(), d.createdBy(), d.updatedAt(), d.updatedBy(),
                d.deletedAt(), d.deletedBy()), toDomain(d.conversion()), d.version() == null ? 0 : d.version());
    }

    private static LeadConversion toDomain(ConversionDocument c) {
        if (c == null) {
            return null;
        }
        ConversionTerms terms = new ConversionTerms(c.existingAccountId(), c.existingContactId(),
                c.opportunityName(), c.amount() == null ? null : new Money(c.amount(), c.currency()),
                c.expectedCloseDate(), c.productId());
        return new LeadConversion(c.id(), c.attempt(), ConversionState.valueOf(c.state()),
                LeadStatus.valueOf(c.previousStatus()), c.requestedBy(), c.requestedAt(), c.retryAt(), c.giveUpAt(),
                terms, c.finishedAt(), c.accountId(), c.contactId(), c.opportunityId(), c.failureReason(),
                c.failureMessage());
    }

    private static ConversionDocument toDocument(LeadConversion c) {
        if (c == null) {
            return null;
        }
        ConversionTerms t = c.terms();
        return new ConversionDocument(c.id(), c.attempt(), c.state().name(), c.previousStatus().name(),
                c.requestedBy(), c.requestedAt(), c.retryAt(), c.giveUpAt(), t.existingAccountId(),
                t.existingContactId(), t.opportunityName(), t.amount() == null ? null : t.amount().amount(),
                t.amount() == null ? null : t.amount().currency(), t.expectedCloseDate(), t.productId(),
                c.finishedAt(), c.accountId(), c.contactId(), c.opportunityId(), c.failureReason(),
                c.failureMessage());
    }

    private static LeadDocument toDocument(Lead lead, List<OutboxRecord> pending, Long storedVersion) {
        LeadDetails d = lead.details();
        Stamps s = lead.stamps();
        List<String> phoneKeys = Stream.of(d.mobile(), d.phone()).filter(Objects::nonNull).distinct().toList();
        return new LeadDocument(lead.id(), d.kind().name(), d.personName(), d.company(), d.title(), d.email(),
                d.mobile(), d.phone(), d.address(), d.source() == null ? null : d.source().name(), d.campaignId(),
                d.rating() == null ? null : d.rating().name(), d.productOfInterestId(), d.description(),
                lead.status().name(), lead.statusReason(), lead.ownership().ownerId(), lead.ownership().teamId(),
                s.createdAt(), s.createdBy(), s.updatedAt(), s.updatedBy(), s.deletedAt(), s.deletedBy(),
                lead.searchKeys(), phoneKeys, toDocument(lead.conversion()), pending, storedVersion);
    }
}
