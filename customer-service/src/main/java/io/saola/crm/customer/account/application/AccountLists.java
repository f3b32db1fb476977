package io.saola.crm.customer.account.application;

import java.util.function.Consumer;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.customer.account.domain.Account;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;

/** Lists of accounts: a page by the platform's list grammar, or every account in a scope (exports). */
public interface AccountLists {

    Page<Account> page(Criteria scope, ListRequest request, FilterableFields fields);

    void forEach(Criteria scope, Consumer<Account> action);
}
