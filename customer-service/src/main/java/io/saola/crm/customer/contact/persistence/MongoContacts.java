package io.saola.crm.customer.contact.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.api.CustomerTopics;
import io.saola.crm.customer.contact.application.ContactLists;
import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.customer.contact.domain.ContactDetails;
import io.saola.crm.customer.contact.domain.Contacts;
import io.saola.crm.customer.record.application.ListCriteria;
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.customer.record.persistence.VersionedDocuments;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;

@Repository
class MongoContacts implements Contacts, ContactLists {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;
    private final MongoListQueries lists;

    MongoContacts(MongoOperations mongo, VersionedDocuments documents, MongoListQueries lists) {
        this.mongo = mongo;
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public Optional<Contact> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ContactDocument.class)).map(MongoContacts::toDomain);
    }

    @Override
    public void store(Changed<Contact> change) {
        Contact contact = change.state();
        documents.store(ContactDocument.class, "contact", contact.id(), contact.version(), CustomerTopics.CONTACT,
                change.events(), ContactDocument::version, (pending, stored) -> toDocument(contact, pending, stored));
    }

    @Override
    public Optional<Contact> findDuplicate(String email, List<String> phones, String exceptId) {
        Criteria same = ListCriteria.sameEmailOrPhone(email, phones, exceptId);
        if (same == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(new Query(same).limit(1), ContactDocument.class))
                .map(MongoContacts::toDomain);
    }

    @Override
    public List<Contact> ofAccount(String accountId, String afterId, int limit) {
        Criteria ofAccount = Criteria.where("accountId").is(accountId);
        if (afterId != null) {
            ofAccount = ofAccount.and("_id").gt(afterId);
        }
        Query query = new Query(ofAccount).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, ContactDocument.class).stream().map(MongoContacts::toDomain).toList();
    }

    @Override
    public List<Contact> primaryOf(String accountId) {
        Query query = new Query(Criteria.where("accountId").is(accountId).and("primary").is(true)
                .and(ListCriteria.DELETED_AT).is(null));
        return mongo.find(query, ContactDocument.class).stream().map(MongoContacts::toDomain).toList();
    }

    @Override
    public Page<Contact> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(ContactDocument.class, scope, request, fields).map(MongoContacts::toDomain);
    }

    @Override
    public void forEach(Criteria scope, Consumer<Contact> action) {
        Query newestFirst = new Query(scope).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"));
        try (Stream<ContactDocument> stream = mongo.stream(newestFirst, ContactDocument.class)) {
            stream.map(MongoContacts::toDomain).forEach(action);
        }
    }

    static Contact toDomain(ContactDocument d) {
        ContactDetails details = new ContactDetails(d.name(), d.title(), d.email(), d.mobile(), d.phone(),
                d.accountId(), d.primary(), d.description());
        return new Contact(d.id(), details, d.company(), new Ownership(d.ownerId(), d.teamId()), d.sourceLeadId(),
                d.createdAt(),
                d.createdBy(), d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy(),
                d.version() == null ? 0 : d.version());
    }

    private static ContactDocument toDocument(Contact c, List<OutboxRecord> pending, Long storedVersion) {
        ContactDetails d = c.details();
        List<String> phoneKeys = Stream.of(d.mobile(), d.phone()).filter(p -> p != null).distinct().toList();
        return new ContactDocument(c.id(), d.name(), d.title(), d.email(), d.mobile(), d.phone(), d.accountId(),
                d.primary(), d.description(), c.company(), c.ownership().ownerId(), c.ownership().teamId(),
                c.sourceLeadId(), c.createdAt(), c.createdBy(), c.updatedAt(), c.updatedBy(), c.deletedAt(),
                c.deletedBy(), c.searchKeys(), phoneKeys, pending, storedVersion);
    }
}
