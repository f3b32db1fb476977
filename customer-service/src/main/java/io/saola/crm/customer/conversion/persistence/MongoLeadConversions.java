package io.saola.crm.customer.conversion.persistence;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.conversion.domain.ConversionState;
import io.saola.crm.customer.conversion.domain.LeadConversion;
import io.saola.crm.customer.conversion.domain.LeadConversions;
import io.saola.crm.customer.conversion.domain.RejectionReason;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.persistence.VersionedDocuments;
import io.saola.crm.platform.events.OutboxRecord;

@Repository
class MongoLeadConversions implements LeadConversions {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;

    MongoLeadConversions(MongoOperations mongo, VersionedDocuments documents) {
        this.mongo = mongo;
        this.documents = documents;
    }

    @Override
    public Optional<LeadConversion> find(String conversionId) {
        return Optional.ofNullable(mongo.findById(conversionId, LeadConversionDocument.class))
                .map(MongoLeadConversions::toDomain);
    }

    @Override
    public void store(Changed<LeadConversion> change) {
        LeadConversion conversion = change.state();
        documents.store(LeadConversionDocument.class, "lead conversion", conversion.id(), conversion.version(),
                CustomerTopics.CONVERSION, change.events(), LeadConversionDocument::version,
                (pending, stored) -> toDocument(conversion, pending, stored));
    }

    private static LeadConversion toDomain(LeadConversionDocument d) {
        return new LeadConversion(d.id(), d.leadId(), ConversionState.valueOf(d.state()), d.plan(),
                d.activitiesMoved(), d.rejectionReason() == null ? null : RejectionReason.valueOf(d.rejectionReason()),
                d.rejectionMessage(), d.outcome(), d.actor(), d.startedAt(), d.finishedAt(),
                d.version() == null ? 0 : d.version());
    }

    private static LeadConversionDocument toDocument(LeadConversion c, List<OutboxRecord> pending,
                                                     Long storedVersion) {
        return new LeadConversionDocument(c.id(), c.leadId(), c.state().name(), c.plan(), c.activitiesMoved(),
                c.rejectionReason() == null ? null : c.rejectionReason().name(), c.rejectionMessage(), c.outcome(),
                c.actor(), c.startedAt(), c.finishedAt(), pending, storedVersion);
    }
}
