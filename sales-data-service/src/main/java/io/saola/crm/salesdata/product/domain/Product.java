package io.saola.crm.salesdata.product.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.saola.crm.platform.events.DomainEvent;
import io.saola.crm.salesdata.api.MoneyAmount;
import io.saola.crm.salesdata.api.ProductChanged;
import io.saola.crm.salesdata.api.ProductCreated;
import io.saola.crm.salesdata.api.ProductDeactivated;
import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.money.Percentage;
import io.saola.crm.salesdata.rules.BrokenRules;
import io.saola.crm.salesdata.unit.domain.UnitGroup;

/**
 * A product (Sản phẩm): a code unique in the workspace, a name, the unit it sells in by default (of one unit
 * group), a list price and a VAT rate. Once a document uses it ({@code usedInDocuments}), it can only be
 * deactivated, never deleted.
 *
 * @param version stored version, null before the first save
 */
public record Product(String id, String code, String name, String description, String unitGroupId, String unit,
                      Money listPrice, Percentage vatRate, boolean active, boolean usedInDocuments, Long version) {

    private static final Pattern CODE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._/-]{0,63}");

    /** What a client may set on a product. */
    public record Definition(String code, String name, String description, String unit, Money listPrice,
                             Percentage vatRate, boolean active) {
    }

    /** A new state and the events that change raised. */
    public record Change(Product product, List<DomainEvent> events) {
    }

    public static Change create(String id, Definition definition, UnitGroup group, String workspace, Instant now) {
        Product product = checked(id, definition, group, false, null);
        return new Change(product, List.of(product.created(workspace, now)));
    }

    public Change change(Definition definition, UnitGroup group, String workspace, Instant now) {
        Product changed = checked(id, definition, group, usedInDocuments, version);
        if (changed.equals(this)) {
            return new Change(this, List.of());
        }
        DomainEvent event = active && !changed.active ? changed.deactivated(workspace, now)
                : changed.changed(workspace, now);
        return new Change(changed, List.of(event));
    }

    public Change deactivate(String workspace, Instant now) {
        if (!active) {
            return new Change(this, List.of());
        }
        Product deactivated = new Product(id, code, name, description, unitGroupId, unit, listPrice, vatRate, false,
                usedInDocuments, version);
        return new Change(deactivated, List.of(deactivated.deactivated(workspace, now)));
    }

    private static Product checked(String id, Definition d, UnitGroup group, boolean used, Long version) {
        BrokenRules broken = new BrokenRules();
        if (d.code() == null || !CODE.matcher(d.code().strip()).matches()) {
            broken.add("code", "must be 1 to 64 letters, digits or . _ / -, starting with a letter or digit");
        }
        if (d.name() == null || d.name().isBlank()) {
            broken.add("name", "must not be blank");
        }
        if (d.unit() == null || !group.has(d.unit())) {
            broken.add("unit", "'" + d.unit() + "' is not a unit of unit group '" + group.name() + "'");
        }
        if (d.listPrice() == null) {
            broken.add("listPrice", "must not be null");
        } else if (d.listPrice().isNegative()) {
            broken.add("listPrice.amount", "must not be negative");
        }
        broken.throwIfAny();
        return new Product(id, d.code().strip(), d.name().strip(), d.description(), group.id(), d.unit(),
                d.listPrice(), d.vatRate() == null ? Percentage.ZERO : d.vatRate(), d.active(), used, version);
    }

    private long nextVersion() {
        return version == null ? 0 : version + 1;
    }

    private MoneyAmount price() {
        return new MoneyAmount(listPrice.amount(), listPrice.currency());
    }

    private ProductCreated created(String workspace, Instant now) {
        return new ProductCreated(UUID.randomUUID(), workspace, id, nextVersion(), now, code, name, unit, price(),
                vatRate.value(), active);
    }

    private ProductChanged changed(String workspace, Instant now) {
        return new ProductChanged(UUID.randomUUID(), workspace, id, nextVersion(), now, code, name, unit, price(),
                vatRate.value(), active);
    }

    private ProductDeactivated deactivated(String workspace, Instant now) {
        return new ProductDeactivated(UUID.randomUUID(), workspace, id, nextVersion(), now, code, name, unit,
                price(), vatRate.value(), active);
    }
}
