package io.saola.crm.sales.partner.domain;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;

/** The stored partners of the current workspace. */
public interface Partners {

    Optional<Partner> find(String id);

    void store(Partner partner);

    /** A live partner other than {@code exceptId} with the same normalised name. */
    Optional<Partner> findByName(String nameKey, String exceptId);

    /** Which of {@code ids} are live partners. */
    Set<String> live(Collection<String> ids);
}
