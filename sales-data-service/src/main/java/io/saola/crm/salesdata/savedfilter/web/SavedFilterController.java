package io.saola.crm.salesdata.savedfilter.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.saved.SavedFilterEndpoints;
import io.saola.crm.salesdata.savedfilter.application.SavedListViews;

/** Saved filters of products, unit groups, price books, quotes, orders and contracts. */
@RestController
@RequestMapping("/api/{list:products|unit-groups|price-books|quotes|orders|contracts}/saved-filters")
class SavedFilterController extends SavedFilterEndpoints {

    SavedFilterController(SavedListViews views) {
        super(views);
    }
}
