package io.saola.crm.sales.competitor.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The stored competitors of the current workspace. */
public interface Competitors {

    Optional<Competitor> find(String id);

    void store(Competitor competitor);

    /** A live competitor other than {@code exceptId} with the same normalised name. */
    Optional<Competitor> findByName(String nameKey, String exceptId);

    /** Which of {@code ids} are live competitors. */
    Set<String> live(Collection<String> ids);
}
