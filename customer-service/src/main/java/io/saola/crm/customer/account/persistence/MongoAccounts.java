package io.saola.crm.customer.account.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
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
import io.saola.crm.customer.record.domain.Changed;
import io.saola.crm.customer.record.domain.Ownership;
import io.saola.crm.customer.record.persistence.ListCriteria;
import io.saola.crm.platform.events.Outbox;
import io.saola.crm.platform.events.OutboxRecord;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.list.mongo.MongoListQueries;
import io.saola.crm.platform.web.DuplicateRecordException;
import io.saola.crm.platform.web.VersionConflictException;

@Repository
class MongoAccounts implements Accounts, AccountLists {

    private final MongoOperations mongo;
    private final Outbox outbox;
    private final MongoListQueries lists;

    MongoAccounts(MongoOperations mongo, Outbox outbox, MongoListQueries lists) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.lists = lists;
    }

    @Override
    public Optional<Account> find(String id) {
        return Optional.ofNullable(mongo.findById(id, AccountDocument.class)).map(MongoAccounts::toDomain);
    }

    @Override
    public void store(Changed<Account> change) {
        Account account = change.state();
        if (account.version() == 0) {
            try {
                mongo.insert(toDocument(account, outbox.append(null, CustomerTopics.ACCOUNT, change.events()), null));
            } catch (DuplicateKeyException sameId) {
                throw new DuplicateRecordException("account", account.id());
            }
            return;
        }
        long expected = account.version() - 1;
        AccountDocument stored = mongo.findById(account.id(), AccountDocument.class);
        if (stored == null || stored.version() == null || stored.version() != expected) {
            throw new VersionConflictException("account", account.id(), expected,
                    stored == null ? null : stored.version());
        }
        try {
            mongo.save(toDocument(account, outbox.append(stored.outbox(), CustomerTopics.ACCOUNT, change.events()),
                    expected));
        } catch (OptimisticLockingFailureException movedOn) {
            throw new VersionConflictException("account", account.id());
        }
    }

    @Override
    public Optional<Account> findDuplicate(String email, List<String> phones, String exceptId) {
        List<Criteria> either = new ArrayList<>();
        if (email != null) {
            either.add(Criteria.where("email").is(email));
        }
        List<String> keys = phones.stream().filter(phone -> phone != null).toList();
        if (!keys.isEmpty()) {
            either.add(Criteria.where("phoneKeys").in(keys));
        }
        if (either.isEmpty()) {
            return Optional.empty();
        }
        Criteria match = either.size() == 1 ? either.get(0) : new Criteria().orOperator(either);
        List<Criteria> parts = new ArrayList<>(List.of(match, ListCriteria.deleted(false)));
        if (exceptId != null) {
            parts.add(Criteria.where("_id").ne(exceptId));
        }
        return Optional.ofNullable(mongo.findOne(new Query(ListCriteria.all(parts)).limit(1), AccountDocument.class))
                .map(MongoAccounts::toDomain);
    }

    @Override
    public Page<Account> page(Criteria scope, ListRequest request, FilterableFields fields) {
        return lists.page(AccountDocument.class, scope, request, fields).map(MongoAccounts::toDomain);
    }

    @Override
    public void forEach(Criteria scope, java.util.function.Consumer<Account> action) {
        try (var stream = mongo.stream(new Query(scope).with(org.springframework.data.domain.Sort.by("_id")),
                AccountDocument.class)) {
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
        List<String> phoneKeys = java.util.stream.Stream.of(d.phone(), d.mobile()).filter(p -> p != null).distinct()
                .toList();
        return new AccountDocument(a.id(), d.type().name(), d.name(), d.status().name(), d.industry(), d.taxCode(),
                d.phone(), d.mobile(), d.email(), d.website(), d.address(), d.primaryContactId(), d.description(),
                a.ownership().ownerId(), a.ownership().teamId(), a.sourceLeadId(), a.createdAt(), a.createdBy(),
                a.updatedAt(), a.updatedBy(), a.deletedAt(), a.deletedBy(), a.searchKeys(), phoneKeys, pending,
                storedVersion);
    }
}
