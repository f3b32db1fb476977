package io.saola.crm.platform.list;

import java.util.Locale;
import java.util.Optional;

/** The comparison a filter condition makes; keywords are matched without regard to case. */
public enum Operator {
    EQ("eq", Arity.ONE),
    NE("ne", Arity.ONE),
    CONTAINS("contains", Arity.ONE),
    STARTS_WITH("startsWith", Arity.ONE),
    IN("in", Arity.LIST),
    GT("gt", Arity.ONE),
    GTE("gte", Arity.ONE),
    LT("lt", Arity.ONE),
    LTE("lte", Arity.ONE),
    BETWEEN("between", Arity.PAIR),
    IS_EMPTY("isEmpty", Arity.NONE),
    IS_NOT_EMPTY("isNotEmpty", Arity.NONE);

    /** How many values an operator takes: none, one, a parenthesised pair, or a parenthesised list. */
    public enum Arity { NONE, ONE, PAIR, LIST }

    private final String keyword;
    private final Arity arity;

    Operator(String keyword, Arity arity) {
        this.keyword = keyword;
        this.arity = arity;
    }

    public String keyword() {
        return keyword;
    }

    public Arity arity() {
        return arity;
    }

    public static Optional<Operator> fromKeyword(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        for (Operator operator : values()) {
            if (operator.keyword.toLowerCase(Locale.ROOT).equals(lower)) {
                return Optional.of(operator);
            }
        }
        return Optional.empty();
    }
}
