package io.saola.crm.sales.competitor.persistence;

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
import io.saola.crm.sales.competitor.application.CompetitorLists;
import io.saola.crm.sales.competitor.domain.Competitor;
import io.saola.crm.sales.competitor.domain.CompetitorDetails;
import io.saola.crm.sales.competitor.domain.Competitors;
import io.saola.crm.sales.record.domain.Ownership;
import io.saola.crm.sales.record.domain.Stamps;
import io.saola.crm.sales.record.persistence.ListCriteria;

/** Competitors raise no events, so a plain optimistic save is their single write. */
@Repository
class MongoCompetitors implements Competitors, CompetitorLists {

    private final MongoOperations mongo;
    private final MongoListQueries lists;

    MongoCompetitors(MongoOperations mongo, MongoListQueries lists) {
        this.mongo = mongo;
        this.lists = lists;
    }

    @Override
    public Optional<Competitor> find(String id) {
        return Optional.ofNullable(mongo.findById(id, CompetitorDocument.class)).map(MongoCompetitors::toDomain);
    }

    @Override
    public void store(Competitor competitor) {
        try {
            if (competitor.version() == 0) {
                mongo.insert(toDocument(competitor, null));
            } else {
                mongo.save(toDocument(competitor, competitor.version() - 1));
            }
        } catch (OptimisticLockingFailureException | DuplicateKeyException movedOn) {
            throw new VersionConflictException("competitor", competitor.id());
        }
    }

    @Override
    public Optional<Competitor> findByName(String nameKey, String exceptId) {
        Criteria same = Criteria.where("nameKey").is(nameKey).and(ListCriteria.DELETED_AT).is(null);
        if (exceptId != null) {
            same = same.and("_id").ne(exceptId);
        }
        return Optional.ofNullable(mongo.findOne(new Query(same).limit(1), CompetitorDocument.class))
                .map(MongoCompetitors::toDomain);
    }

    @Override
    public Set<String> live(Collection<String> ids) {
        Query query = new Query(Criteria.where("_id").in(ids).and(ListCriteria.DELETED_AT).is(null));
        query.fields().include("_id");
        return mongo.find(query, CompetitorDocument.class).stream().map(CompetitorDocument::id)
                .collect(Collectors.toSet());
    }

    @Override
    public Page<Competitor> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(CompetitorDocument.class, scope, request, fields).map(MongoCompetitors::toDomain);
    }

    private static Competitor toDomain(CompetitorDocument d) {
        return new Competitor(d.id(), new CompetitorDetails(d.name(), d.website(), d.strengths(), d.weaknesses(),
                d.description()), new Ownership(d.ownerId(), d.teamId()), new Stamps(d.createdAt(), d.createdBy(),
                d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy()), d.version() == null ? 0 : d.version());
    }

    private static CompetitorDocument toDocument(Competitor c, Long storedVersion) {
        CompetitorDetails d = c.details();
        Stamps s = c.stamps();
        return new CompetitorDocument(c.id(), d.name(), d.website(), d.strengths(), d.weaknesses(),
                d.description(), c.ownership().ownerId(), c.ownership().teamId(), s.createdAt(), s.createdBy(),
                s.updatedAt(), s.updatedBy(), s.deletedAt(), s.deletedBy(), c.nameKey(), c.searchKeys(),
                storedVersion);
    }
}
