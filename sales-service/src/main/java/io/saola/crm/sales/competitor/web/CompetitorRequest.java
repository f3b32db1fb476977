package io.saola.crm.sales.competitor.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import io.saola.crm.sales.competitor.domain.CompetitorDetails;

/** A competitor as a client creates or replaces it; {@code version} is the alternative to If-Match. */
record CompetitorRequest(@NotBlank @Size(max = 200) String name, @Size(max = 300) String website,
                         @Size(max = 4000) String strengths, @Size(max = 4000) String weaknesses,
                         @Size(max = 4000) String description, Long version) {

    CompetitorDetails details() {
        return new CompetitorDetails(name, website, strengths, weaknesses, description);
    }
}
