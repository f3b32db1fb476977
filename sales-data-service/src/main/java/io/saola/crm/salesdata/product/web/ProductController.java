package io.saola.crm.salesdata.product.web;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.salesdata.savedfilter.application.SavedListViews;
import io.saola.crm.platform.list.saved.SavedLists.ChosenView;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.product.application.ProductCatalogue;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.platform.web.IfMatch;
import io.saola.crm.salesdata.web.MoneyInput;

@RestController
@RequestMapping("/api/products")
class ProductController {

    private final ProductCatalogue catalogue;
    private final SavedListViews views;

    ProductController(ProductCatalogue catalogue, SavedListViews views) {
        this.catalogue = catalogue;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<ProductView> add(@AuthenticationPrincipal WorkspaceMember member,
                                    @Valid @RequestBody ProductBody body) {
        Product product = catalogue.add(member, body.unitGroupId(), body.definition());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(product.version()))
                .body(ProductView.of(product));
    }

    @PutMapping("/{id}")
    ResponseEntity<ProductView> change(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                       @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                       @Valid @RequestBody ProductBody body) {
        Product current = catalogue.get(member, id);
        IfMatch.check(ifMatch, "product", id, current.version());
        Product product = catalogue.change(member, id, current.version(), body.unitGroupId(), body.definition());
        return ResponseEntity.ok().eTag(IfMatch.etag(product.version())).body(ProductView.of(product));
    }

    @PostMapping("/{id}/deactivation")
    ProductView deactivate(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        return ProductView.of(catalogue.deactivate(member, id));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        catalogue.delete(member, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}")
    ResponseEntity<ProductView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        Product product = catalogue.get(member, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(product.version())).body(ProductView.of(product));
    }

    @GetMapping
    Page<ProductView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                           @RequestParam(required = false) String scope,
                           @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "products", savedFilter, request, scope);
        return catalogue.list(member, view.scope(), view.request()).map(ProductView::of);
    }

    record ProductBody(@NotBlank @Size(max = 64) String code, @NotBlank @Size(max = 200) String name,
                       @Size(max = 4000) String description, @NotBlank String unitGroupId,
                       @NotBlank @Size(max = 20) String unit, @NotNull @Valid MoneyInput listPrice,
                       @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 4) BigDecimal vatRate,
                       Boolean active) {

        Product.Definition definition() {
            return new Product.Definition(code, name, description, unit, listPrice.toMoney(Money.DEFAULT_CURRENCY),
                    vatRate == null ? Percentage.ZERO : new Percentage(vatRate), active == null || active);
        }
    }

    record ProductView(String id, String code, String name, String description, String unitGroupId, String unit,
                       MoneyAmount listPrice, BigDecimal vatRate, boolean active, boolean usedInDocuments,
                       long version) {

        static ProductView of(Product product) {
            return new ProductView(product.id(), product.code(), product.name(), product.description(),
                    product.unitGroupId(), product.unit(),
                    new MoneyAmount(product.listPrice().amount(), product.listPrice().currency()),
                    product.vatRate().value(), product.active(), product.usedInDocuments(),
                    product.version() == null ? 0 : product.version());
        }
    }
}
