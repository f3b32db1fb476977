package io.saola.crm.sales.lead.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import io.saola.crm.sales.lead.application.PendingConversions;

@Repository
class MongoPendingConversions implements PendingConversions {

    private final MongoOperations mongo;

    MongoPendingConversions(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public void dueAt(String workspace, String leadId, String conversionId, Instant dueAt) {
        mongo.upsert(Query.query(Criteria.where("_id").is(conversionId)),
                new Update().set("tenantId", workspace).set("leadId", leadId).set("dueAt", dueAt),
                PendingConversionDocument.class);
    }

    @Override
    public List<PendingConversion> due(Instant now, int limit) {
        Query query = Query.query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(query, PendingConversionDocument.class).stream()
                .map(d -> new PendingConversion(d.tenantId(), d.leadId(), d.conversionId(), d.dueAt())).toList();
    }

    @Override
    public void remove(String conversionId) {
        mongo.remove(Query.query(Criteria.where("_id").is(conversionId)), PendingConversionDocument.class);
    }
}
