package io.saola.crm.sales.product.application;

import org.springframework.stereotype.Service;

import io.saola.crm.sales.product.domain.Product;
import io.saola.crm.sales.product.domain.Products;

/** Keeps the product view in step with the catalogue's announcements, whatever order they arrive in. */
@Service
public class ProductCatalogue {

    private final Products products;

    ProductCatalogue(Products products) {
        this.products = products;
    }

    /** Applies the product's announced state; false when the view already holds that version or a newer one. */
    public boolean announced(Product product) {
        return products.keepNewer(product);
    }
}
