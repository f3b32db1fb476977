package io.saola.crm.deploy.store;

/**
 * What a query allows for one index key: one value (equality) or a range with optional ends. Bounds only narrow the
 * candidates; the query itself is still checked on every document found, so a bound must never exclude a match.
 */
record KeyBound(Object lower, boolean lowerInclusive, Object upper, boolean upperInclusive) {

    static KeyBound point(Object value) {
        return new KeyBound(value, true, value, true);
    }

    /** The intersection with another range on the same key (a conjunction of conditions). */
    KeyBound and(KeyBound other) {
        Object low = lower;
        boolean lowIn = lowerInclusive;
        if (other.lower != null) {
            int cmp = low == null ? -1 : OrderedIndex.compareValues(low, other.lower);
            if (cmp < 0 || (cmp == 0 && !other.lowerInclusive)) {
                low = other.lower;
                lowIn = other.lowerInclusive;
            }
        }
        Object high = upper;
        boolean highIn = upperInclusive;
        if (other.upper != null) {
            int cmp = high == null ? 1 : OrderedIndex.compareValues(high, other.upper);
            if (cmp > 0 || (cmp == 0 && !other.upperInclusive)) {
                high = other.upper;
                highIn = other.upperInclusive;
            }
        }
        return new KeyBound(low, lowIn, high, highIn);
    }

    boolean contains(Object value) {
        if (lower != null) {
            int cmp = OrderedIndex.compareValues(value, lower);
            if (cmp < 0 || (cmp == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int cmp = OrderedIndex.compareValues(value, upper);
            return cmp < 0 || (cmp == 0 && upperInclusive);
        }
        return true;
    }
}
