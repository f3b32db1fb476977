package io.saola.crm.sales.competitor.web;

import java.time.Instant;

import io.saola.crm.sales.competitor.domain.Competitor;
import io.saola.crm.sales.competitor.domain.CompetitorDetails;
import io.saola.crm.sales.record.domain.Stamps;

/** A competitor as clients read it. */
record CompetitorView(String id, String name, String website, String strengths, String weaknesses,
                      String description, String ownerId, Instant createdAt, String createdBy, Instant updatedAt,
                      String updatedBy, Instant deletedAt, String deletedBy, long version) {

    static CompetitorView of(Competitor competitor) {
        CompetitorDetails d = competitor.details();
        Stamps s = competitor.stamps();
        return new CompetitorView(competitor.id(), d.name(), d.website(), d.strengths(), d.weaknesses(),
                d.description(), competitor.ownership().ownerId(), s.createdAt(), s.createdBy(), s.updatedAt(),
                s.updatedBy(), s.deletedAt(), s.deletedBy(), competitor.version());
    }
}
