package io.saola.crm.customer.contact.application;

import java.util.function.Consumer;

import org.springframework.data.mongodb.core.query.Criteria;

import io.saola.crm.customer.contact.domain.Contact;
import io.saola.crm.platform.list.FilterableFields;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;

/** Lists of contacts: a page by the platform's list grammar, or every contact in a scope (exports). */
public interface ContactLists {

    Page<Contact> page(Criteria scope, ListRequest request, FilterableFields fields);

    void forEach(Criteria scope, Consumer<Contact> action);
}
