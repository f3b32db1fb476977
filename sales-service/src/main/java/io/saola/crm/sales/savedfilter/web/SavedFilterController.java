package io.saola.crm.sales.savedfilter.web;

import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.saved.SavedFilterEndpoints;
import io.saola.crm.sales.savedfilter.application.SavedViews;

/** Saved filters of leads, opportunities, competitors and partners. */
@RestController
@RequestMapping("/api/{list:leads|opportunities|competitors|partners}/saved-filters")
class SavedFilterController extends SavedFilterEndpoints {

    SavedFilterController(SavedViews views) {
        super(views);
    }
}
