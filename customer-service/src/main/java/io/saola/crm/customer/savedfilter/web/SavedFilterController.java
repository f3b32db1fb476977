package io.saola.crm.customer.savedfilter.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.saved.SavedFilterEndpoints;
import io.saola.crm.customer.savedfilter.application.SavedViews;

/** Saved filters of accounts, contacts and activities. */
@RestController
@RequestMapping("/api/{list:accounts|contacts|activities}/saved-filters")
class SavedFilterController extends SavedFilterEndpoints {

    SavedFilterController(SavedViews views) {
        super(views);
    }
}
