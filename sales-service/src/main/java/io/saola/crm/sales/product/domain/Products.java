package io.saola.crm.sales.product.domain;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The product view of the current workspace. */
public interface Products {

    Optional<Product> find(String id);

    Map<String, Product> findAll(Collection<String> ids);

    /** Stores {@code product} unless the view already holds that version of it or a newer one; whether it did. */
    boolean keepNewer(Product product);
}
