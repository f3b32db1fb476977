package io.saola.crm.salesdata.unit.web;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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
import io.saola.crm.salesdata.unit.application.UnitGroupManagement;
import io.saola.crm.salesdata.unit.domain.Unit;
import io.saola.crm.salesdata.unit.persistence.MongoUnitGroups.StoredUnitGroup;
import io.saola.crm.platform.web.IfMatch;

@RestController
@RequestMapping("/api/unit-groups")
class UnitGroupController {

    private final UnitGroupManagement management;
    private final SavedListViews views;

    UnitGroupController(UnitGroupManagement management, SavedListViews views) {
        this.management = management;
        this.views = views;
    }

    @PostMapping
    ResponseEntity<UnitGroupView> define(@AuthenticationPrincipal WorkspaceMember member,
                                         @Valid @RequestBody UnitGroupBody body) {
        StoredUnitGroup stored = management.define(member, body.name(), body.baseUnit(), body.domainUnits());
        return ResponseEntity.status(HttpStatus.CREATED).eTag(IfMatch.etag(stored.version()))
                .body(UnitGroupView.of(stored));
    }

    @PutMapping("/{id}")
    ResponseEntity<UnitGroupView> redefine(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id,
                                           @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                           @Valid @RequestBody UnitGroupBody body) {
        StoredUnitGroup current = management.get(member, id);
        IfMatch.check(ifMatch, "unit group", id, current.version());
        StoredUnitGroup stored = management.redefine(member, id, current.version(), body.name(), body.baseUnit(),
                body.domainUnits());
        return ResponseEntity.ok().eTag(IfMatch.etag(stored.version())).body(UnitGroupView.of(stored));
    }

    @GetMapping("/{id}")
    ResponseEntity<UnitGroupView> get(@AuthenticationPrincipal WorkspaceMember member, @PathVariable String id) {
        StoredUnitGroup stored = management.get(member, id);
        return ResponseEntity.ok().eTag(IfMatch.etag(stored.version())).body(UnitGroupView.of(stored));
    }

    @GetMapping
    Page<UnitGroupView> list(@AuthenticationPrincipal WorkspaceMember member, ListRequest request,
                             @RequestParam(required = false) String scope,
                             @RequestParam(required = false) String savedFilter) {
        ChosenView view = views.choose(member, "unit-groups", savedFilter, request, scope);
        return management.list(member, view.scope(), view.request()).map(UnitGroupView::of);
    }

    record UnitBody(@NotBlank @Size(max = 20) String code, @Size(max = 100) String name,
                    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 10)
                    BigDecimal factor) {
    }

    record UnitGroupBody(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 20) String baseUnit,
                         @NotEmpty @Size(max = 50) List<@Valid @NotNull UnitBody> units) {

        List<Unit> domainUnits() {
            return units.stream().map(unit -> new Unit(unit.code(), unit.name(), unit.factor())).toList();
        }
    }

    record UnitGroupView(String id, String name, String baseUnit, List<Unit> units, long version) {

        static UnitGroupView of(StoredUnitGroup stored) {
            return new UnitGroupView(stored.group().id(), stored.group().name(), stored.group().baseUnit(),
                    stored.group().units(), stored.version() == null ? 0 : stored.version());
        }
    }
}
