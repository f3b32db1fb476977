package io.saola.crm.sales.partner.persistence;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.sales.partner.application.PartnerLists;
import io.saola.crm.sales.partner.domain.Partner;
import io.saola.crm.sales.partner.domain.PartnerDetails;
import io.saola.crm.sales.partner.domain.PartnerKind;
import io.saola.crm.sales.partner.domain.Partners;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.persistence.ListCriteria;

/** Partners raise no events, so a plain optimistic save is their single write. */
@Repository
class MongoPartners implements Partners, PartnerLists {

    private final MongoOperations mongo;
    private final MongoListQueries lists;

    MongoPartners(MongoOperations mongo, MongoListQueries lists) {
        this.mongo = mongo;
        this.lists = lists;
    }

    @Override
    public Optional<Partner> find(String id) {
        return Optional.ofNullable(mongo.findById(id, PartnerDocument.class)).map(MongoPartners::toDomain);
    }

    @Override
    public void store(Partner partner) {
        try {
            if (partner.version() == 0) {
                mongo.insert(toDocument(partner, null));
            } else {
                mongo.save(toDocument(partner, partner.version() - 1));
            }
        } catch (OptimisticLockingFailureException | DuplicateKeyException movedOn) {
            throw new VersionConflictException("partner", partner.id());
        }
    }

    @Override
    public Optional<Partner> findByName(String nameKey, String exceptId) {
        Criteria same = Criteria.where("nameKey").is(nameKey).and(ListCriteria.DELETED_AT).is(null);
        if (exceptId != null) {
            same = same.and("_id").ne(exceptId);
        }
        return Optional.ofNullable(mongo.findOne(new Query(same).limit(1), PartnerDocument.class))
                .map(MongoPartners::toDomain);
    }

    @Override
    public Set<String> live(Collection<String> ids) {
        Query query = new Query(Criteria.where("_id").in(ids).and(ListCriteria.DELETED_AT).is(null));
        query.fields().include("_id");
        return mongo.find(query, PartnerDocument.class).stream().map(PartnerDocument::id)
                .collect(Collectors.toSet());
    }

    @Override
    public Page<Partner> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(PartnerDocument.class, scope, request, fields).map(MongoPartners::toDomain);
    }

    private static Partner toDomain(PartnerDocument d) {
        return new Partner(d.id(), new PartnerDetails(d.name(), PartnerKind.valueOf(d.kind()), d.email(), d.phone(),
                d.website(), d.description()), new Ownership(d.ownerId(), d.teamId()), new Stamps(d.createdAt(), d.createdBy(),
                d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy()), d.version() == null ? 0 : d.version());
    }

    private static PartnerDocument toDocument(Partner c, Long storedVersion) {
        PartnerDetails d = c.details();
        Stamps s = c.stamps();
        return new PartnerDocument(c.id(), d.name(), d.kind().name(), d.email(), d.phone(), d.website(),
                d.description(), c.ownership().ownerId(), c.ownership().teamId(), s.createdAt(), s.createdBy(),
                s.updatedAt(), s.updatedBy(), s.deletedAt(), s.deletedBy(), c.nameKey(), c.searchKeys(),
                storedVersion);
    }
}
