package io.saola.crm.platform.list;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

import static io.saola.crm.platform.list.Operator.BETWEEN;
import static io.saola.crm.platform.list.Operator.CONTAINS;
import static io.saola.crm.platform.list.Operator.EQ;
import static io.saola.crm.platform.list.Operator.GT;
import static io.saola.crm.platform.list.Operator.GTE;
import static io.saola.crm.platform.list.Operator.IN;
import static io.saola.crm.platform.list.Operator.IS_EMPTY;
import static io.saola.crm.platform.list.Operator.IS_NOT_EMPTY;
import static io.saola.crm.platform.list.Operator.LT;
import static io.saola.crm.platform.list.Operator.LTE;
import static io.saola.crm.platform.list.Operator.NE;
import static io.saola.crm.platform.list.Operator.STARTS_WITH;

/**
 * What a filterable field holds, which decides how literals are read and which operators make sense:
 * <ul>
 * <li>STRING, ID, ENUM: quoted text ({@code 'it''s'}); ENUM only from its declared values</li>
 * <li>NUMBER: a numeric literal, read as a long when integral, else a double</li>
 * <li>DECIMAL: a numeric literal, read exactly as a {@link java.math.BigDecimal} (money)</li>
 * <li>DATE_TIME: a quoted ISO-8601 instant with zone or offset ({@code '2026-01-01T00:00:00Z'})</li>
 * <li>DATE: a quoted ISO-8601 date ({@code '2026-01-31'})</li>
 * <li>BOOLEAN: {@code true} or {@code false}</li>
 * </ul>
 */
public enum FieldType {
    STRING(EnumSet.of(EQ, NE, CONTAINS, STARTS_WITH, IN, IS_EMPTY, IS_NOT_EMPTY)),
    NUMBER(ordered()),
    DECIMAL(ordered()),
    DATE_TIME(ordered()),
    DATE(ordered()),
    BOOLEAN(EnumSet.of(EQ, NE, IS_EMPTY, IS_NOT_EMPTY)),
    ENUM(EnumSet.of(EQ, NE, IN, IS_EMPTY, IS_NOT_EMPTY)),
    ID(EnumSet.of(EQ, NE, IN, IS_EMPTY, IS_NOT_EMPTY));

    private final Set<Operator> operators;

    FieldType(EnumSet<Operator> operators) {
        this.operators = Collections.unmodifiableSet(operators);
    }

    /** Every operator meaningful for this type; a field may allow fewer. */
    public Set<Operator> operators() {
        return operators;
    }

    private static EnumSet<Operator> ordered() {
        return EnumSet.of(EQ, NE, IN, GT, GTE, LT, LTE, BETWEEN, IS_EMPTY, IS_NOT_EMPTY);
    }
}
