package io.saola.crm.salesdata.unit.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.saola.crm.salesdata.money.Money;
import io.saola.crm.salesdata.rules.BrokenRules;

/**
 * A unit group (Nhóm đơn vị), e.g. weight: a base unit and units with their conversion factor to it. Products sell
 * in the units of one group, and a price known in one unit is known in all of them.
 */
public record UnitGroup(String id, String name, String baseUnit, List<Unit> units) {

    public static final int MAX_UNITS = 50;
    /** Decimals kept on a unit price converted from another unit (50 000 VND/kg → 50.0000 VND/g). */
    public static final int CONVERTED_PRICE_SCALE = 4;

    public UnitGroup {
        units = List.copyOf(units);
    }

    /** A group checked for its rules: a name, unique codes, positive factors, a base unit whose factor is 1. */
    public static UnitGroup define(String id, String name, String baseUnit, List<Unit> units) {
        BrokenRules broken = new BrokenRules();
        if (name == null || name.isBlank()) {
            broken.add("name", "must not be blank");
        }
        if (units == null || units.isEmpty()) {
            broken.add("units", "a unit group needs at least its base unit");
            broken.throwIfAny();
        }
        if (units.size() > MAX_UNITS) {
            broken.add("units", "a unit group has at most " + MAX_UNITS + " units");
        }
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String field = "units[" + i + "]";
            if (unit == null || unit.code() == null || unit.code().isBlank()) {
                broken.add(field + ".code", "must not be blank");
                continue;
            }
            if (!codes.add(unit.code().strip())) {
                broken.add(field + ".code", "'" + unit.code() + "' appears twice");
            }
            if (unit.factor() == null || unit.factor().signum() <= 0) {
                broken.add(field + ".factor", "must be greater than 0");
            }
        }
        Optional<Unit> base = units.stream().filter(u -> u != null && u.code() != null
                && u.code().strip().equals(baseUnit == null ? null : baseUnit.strip())).findFirst();
        if (base.isEmpty()) {
            broken.add("baseUnit", "must be the code of one of the group's units");
        } else if (base.get().factor() != null && base.get().factor().compareTo(BigDecimal.ONE) != 0) {
            broken.add("baseUnit", "the base unit's factor must be 1");
        }
        broken.throwIfAny();
        List<Unit> cleaned = units.stream().map(u -> new Unit(u.code().strip(),
                u.name() == null || u.name().isBlank() ? u.code().strip() : u.name().strip(), u.factor())).toList();
        return new UnitGroup(id, name.strip(), baseUnit.strip(), cleaned);
    }

    public Optional<Unit> unit(String code) {
        return units.stream().filter(unit -> unit.code().equals(code)).findFirst();
    }

    public boolean has(String code) {
        return unit(code).isPresent();
    }

    /**
     * The price of one {@code to} given the price of one {@code from}: {@code price × factor(to) / factor(from)},
     * kept to {@value #CONVERTED_PRICE_SCALE} decimals half up (the line total is rounded later anyway).
     */
    public Money convertUnitPrice(Money pricePerFrom, String from, String to) {
        if (from.equals(to)) {
            return pricePerFrom;
        }
        BigDecimal ratio = factor(to).divide(factor(from), MathContext.DECIMAL128);
        return pricePerFrom.times(ratio).roundedTo(CONVERTED_PRICE_SCALE);
    }

    /** {@code quantity} of {@code from} expressed in {@code to} (2 tấn → 2000 kg). */
    public BigDecimal convertQuantity(BigDecimal quantity, String from, String to) {
        return quantity.multiply(factor(from)).divide(factor(to), MathContext.DECIMAL128).stripTrailingZeros();
    }

    private BigDecimal factor(String code) {
        return unit(code).orElseThrow(() -> new IllegalArgumentException("'" + code + "' is not a unit of " + name))
                .factor();
    }
}
