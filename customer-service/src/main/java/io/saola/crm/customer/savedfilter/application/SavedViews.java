package io.saola.crm.customer.savedfilter.application;

import java.util.Map;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.saved.SavedFilters;
import io.saola.crm.platform.list.saved.SavedLists;
import io.saola.crm.customer.account.application.AccountListFields;
import io.saola.crm.customer.activity.application.ActivityListFields;
import io.saola.crm.customer.contact.application.ContactListFields;

/** The saved filters of customer-service's lists: accounts, contacts and activities. */
@Service
public class SavedViews extends SavedLists {

    SavedViews(SavedFilters filters, Access access) {
        super(filters, access, Map.of(
                "accounts", new Spec(RecordType.ACCOUNT, AccountListFields.FIELDS),
                "contacts", new Spec(RecordType.CONTACT, ContactListFields.FIELDS),
                "activities", new Spec(RecordType.ACTIVITY, ActivityListFields.FIELDS)));
    }
}
