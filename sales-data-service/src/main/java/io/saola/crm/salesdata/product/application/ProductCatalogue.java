package io.saola.crm.salesdata.product.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;

import io.saola.crm.platform.access.Access;
import io.saola.crm.platform.access.Action;
import io.saola.crm.platform.access.RecordType;
import io.saola.crm.platform.list.ListRequest;
import io.saola.crm.platform.list.Page;
import io.saola.crm.platform.security.WorkspaceMember;
import io.saola.crm.platform.web.RecordNotFoundException;
import io.saola.crm.platform.web.VersionConflictException;
import io.saola.crm.salesdata.BusinessCalendar;
import io.saola.crm.salesdata.product.domain.Product;
import io.saola.crm.salesdata.product.persistence.MongoProducts;
import io.saola.crm.salesdata.rules.BusinessRuleViolation;
import io.saola.crm.salesdata.rules.StatusChangeRefused;
import io.saola.crm.salesdata.unit.domain.UnitGroup;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups;

/** Keeping the product catalogue: adding, changing, deactivating and (while unused) deleting products. */
@Service
public class ProductCatalogue {

    private final MongoProducts products;
    private final MongoUnitGroups unitGroups;
    private final Access access;
    private final BusinessCalendar calendar;

    ProductCatalogue(MongoProducts products, MongoUnitGroups unitGroups, Access access, BusinessCalendar calendar) {
        this.products = products;
        this.unitGroups = unitGroups;
        this.access = access;
        this.calendar = calendar;
    }

    public Product add(WorkspaceMember member, String unitGroupId, Product.Definition definition) {
        access.require(member, RecordType.PRODUCT, Action.CREATE);
        Product.Change created = Product.create(UUID.randomUUID().toString(), definition, group(unitGroupId),
                member.workspace().slug(), calendar.now());
        return products.insert(created.product(), created.events(), calendar.now());
    }

    public Product change(WorkspaceMember member, String id, Long expectedVersion, String unitGroupId,
                          Product.Definition definition) {
        access.require(member, RecordType.PRODUCT, Action.UPDATE);
        Product current = get(member, id);
        requireVersion(current, expectedVersion);
        UnitGroup group = group(unitGroupId == null ? current.unitGroupId() : unitGroupId);
        if (current.usedInDocuments() && !group.id().equals(current.unitGroupId())) {
            throw BusinessRuleViolation.of("unitGroupId", "product '" + current.code() + "' is used by documents; "
                    + "its unit group cannot change");
        }
        Product.Change changed = current.change(definition, group, member.workspace().slug(), calendar.now());
        return changed.events().isEmpty() ? current
                : products.save(changed.product(), changed.events(), calendar.now());
    }

    public Product deactivate(WorkspaceMember member, String id) {
        access.require(member, RecordType.PRODUCT, Action.UPDATE);
        Product current = get(member, id);
        Product.Change deactivated = current.deactivate(member.workspace().slug(), calendar.now());
        return deactivated.events().isEmpty() ? current
                : products.save(deactivated.product(), deactivated.events(), calendar.now());
    }

    /**
     * Deletes a product no document has used; a used one answers 409 and can only be deactivated. The check and
     * the delete are one version-conditional write, and marking a product used bumps that version, so a document
     * written at the same moment cannot slip between them.
     */
    public void delete(WorkspaceMember member, String id) {
        access.require(member, RecordType.PRODUCT, Action.DELETE);
        Product current = get(member, id);
        if (current.usedInDocuments()) {
            throw new StatusChangeRefused("product", id, current.active() ? Lifecycle.ACTIVE : Lifecycle.INACTIVE,
                    "DELETED", "Product '" + current.code() + "' is used by quotes, orders or contracts; deactivate "
                    + "it instead.");
        }
        Product.Change deactivated = current.deactivate(member.workspace().slug(), calendar.now());
        products.markDeleted(deactivated.product(), deactivated.events(), calendar.now());
    }

    public Product get(WorkspaceMember member, String id) {
        access.require(member, RecordType.PRODUCT, Action.READ);
        return products.find(id).orElseThrow(() -> new RecordNotFoundException("product", id));
    }

    public Page<Product> list(WorkspaceMember member, String scope, ListRequest request) {
        access.listScope(member, RecordType.PRODUCT, scope);
        return products.page(request);
    }

    public List<Product> findAll(List<String> ids) {
        return products.findAll(ids);
    }

    private UnitGroup group(String unitGroupId) {
        if (unitGroupId == null || unitGroupId.isBlank()) {
            throw BusinessRuleViolation.of("unitGroupId", "must not be blank");
        }
        return unitGroups.find(unitGroupId).map(MongoUnitGroups.StoredUnitGroup::group)
                .orElseThrow(() -> BusinessRuleViolation.of("unitGroupId", "no unit group '" + unitGroupId + "'"));
    }

    private static void requireVersion(Product current, Long expectedVersion) {
        if (expectedVersion != null && !expectedVersion.equals(current.version())) {
            throw new VersionConflictException("product", current.id(), expectedVersion, current.version());
        }
    }

    /** The states a product is in, for the refusal of a delete. */
    private enum Lifecycle {
        ACTIVE, INACTIVE
    }
}
