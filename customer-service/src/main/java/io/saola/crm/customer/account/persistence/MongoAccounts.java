package io.saola.crm.customer.account.persistence;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import io.saola.crm.customer.account.application.AccountLists;
import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.customer.account.domain.AccountDetails;
import io.saola.crm.customer.account.domain.AccountStatus;
import io.saola.crm.customer.account.domain.AccountType;
import io.saola.crm.customer.account.domain.Accounts;
import io.saola.crm.customer.api.CustomerTopics;
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
class MongoAccounts implements Accounts, AccountLists {

    private final MongoOperations mongo;
    private final VersionedDocuments documents;
    private final MongoListQueries lists;

    MongoAccounts(MongoOperations mongo, VersionedDocuments documents, MongoListQueries lists) {
        this.mongo = mongo;
        this.documents = documents;
        this.lists = lists;
    }

    @Override
    public Optional<Account> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AccountDocument.class)).map(MongoAccounts::toDomain);
    }

    @Override
    public void store(Changed<Account> change) {
        Account account = change.state();
        documents.store(AccountDocument.class, "account", account.id(), account.version(), CustomerTopics.ACCOUNT,
                change.events(), AccountDocument::version, (pending, stored) -> toDocument(account, pending, stored));
    }

    @Override
    public Optional<Account> findDuplicate(String email, List<String> phones, String exceptId) {
        Criteria same = ListCriteria.sameEmailOrPhone(email, phones, exceptId);
        if (same == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mongo.findOne(new Query(same).limit(1), AccountDocument.class))
                .map(MongoAccounts::toDomain);
    }

    @Override
    public List<Account> withPrimaryContact(String contactId) {
        Query query = new Query(Criteria.where("primaryContactId").is(contactId).and(ListCriteria.DELETED_AT)
                .is(null));
        return mongo.find(query, AccountDocument.class).stream().map(MongoAccounts::toDomain).toList();
    }

    @Override
    public Page<Account> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(AccountDocument.class, scope, request, fields).map(MongoAccounts::toDomain);
    }

    @Override
    public void forEach(Criteria scope, Consumer<Account> action) {
        Query newestFirst = new Query(scope).with(Sort.by(Sort.Direction.DESC, "createdAt", "_id"));
        try (Stream<AccountDocument> stream = mongo.stream(newestFirst, AccountDocument.class)) {
            stream.map(MongoAccounts::toDomain).forEach(action);
        }
    }

    static Account toDomain(AccountDocument d) {
        AccountDetails details = new AccountDetails(AccountType.valueOf(d.type()), d.name(),
                AccountStatus.valueOf(d.status()), d.industry(), d.taxCode(), d.phone(), d.mobile(), d.email(),
                d.website(), d.address(), d.primaryContactId(), d.description());
        return new Account(d.id(), details, new Ownership(d.ownerId(), d.teamId()), d.sourceLeadId(), d.createdAt(),
                d.createdBy(), d.updatedAt(), d.updatedBy(), d.deletedAt(), d.deletedBy(),
                d.version() == null ? 0 : d.version());
    }

    private static AccountDocument toDocument(Account a, List<OutboxRecord> pending, Long storedVersion) {
        AccountDetails d = a.details();
        List<String> phoneKeys = Stream.of(d.phone(), d.mobile()).filter(p -> p != null).distinct()
                .toList();
        return new AccountDocument(a.id(), d.type().name(), d.name(), d.status().name(), d.industry(), d.taxCode(),
                d.phone(), d.mobile(), d.email(), d.website(), d.address(), d.primaryContactId(), d.description(),
                a.ownership().ownerId(), a.ownership().teamId(), a.sourceLeadId(), a.createdAt(), a.createdBy(),
                a.updatedAt(), a.updatedBy(), a.deletedAt(), a.deletedBy(), a.searchKeys(), phoneKeys, pending,
                storedVersion);
    }
}
