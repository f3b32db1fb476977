package io.saola.crm.platform.list;

import static io.saola.crm.platform.list.LeadListFields.FIELDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.saola.crm.platform.list.Filter.And;
import io.saola.crm.platform.list.Filter.Condition;
import io.saola.crm.platform.list.Filter.Or;
import io.saola.crm.platform.list.InvalidListQueryException.ListQueryError;

class FilterParserTest {

    @Test
    void blankFilterMeansNoFilter() {
        assertThat(FilterParser.parse(null, FIELDS)).isEmpty();
        assertThat(FilterParser.parse("   ", FIELDS)).isEmpty();
    }

    @Test
    void readsTheExampleFromTheApiConventions() {
        Filter filter = parse("status eq 'NEW' and (name contains 'nguyen' or email startsWith 'an') and "
                + "createdAt between ('2026-01-01T00:00:00Z', '2026-04-01T00:00:00Z') and ownerId in ('u1','u2') "
                + "and phone isEmpty");

        And and = (And) filter;
        assertThat(and.operands()).hasSize(5);
        assertCondition(and.operands().get(0), "status", Operator.EQ, "NEW");
        Or or = (Or) and.operands().get(1);
        assertCondition(or.operands().get(0), "name", Operator.CONTAINS, "nguyen");
        assertCondition(or.operands().get(1), "email", Operator.STARTS_WITH, "an");
        assertCondition(and.operands().get(2), "createdAt", Operator.BETWEEN,
                Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-04-01T00:00:00Z"));
        assertCondition(and.operands().get(3), "ownerId", Operator.IN, "u1", "u2");
        assertCondition(and.operands().get(4), "phone", Operator.IS_EMPTY);
    }

    @Test
    void andBindsTighterThanOr() {
        Or or = (Or) parse("name eq 'a' or name eq 'b' and email eq 'c' or name eq 'd'");

        assertThat(or.operands()).hasSize(3);
        assertCondition(or.operands().get(0), "name", Operator.EQ, "a");
        And middle = (And) or.operands().get(1);
        assertCondition(middle.operands().get(0), "name", Operator.EQ, "b");
        assertCondition(middle.operands().get(1), "email", Operator.EQ, "c");
        assertCondition(or.operands().get(2), "name", Operator.EQ, "d");
    }

    @Test
    void parenthesesOverridePrecedence() {
        And and = (And) parse("(name eq 'a' or name eq 'b') and email eq 'c'");

        assertThat(and.operands().get(0)).isInstanceOf(Or.class);
        assertCondition(and.operands().get(1), "email", Operator.EQ, "c");
    }

    @Test
    void nestedSameOperatorsAreFlattened() {
        And and = (And) parse("name eq 'a' and (email eq 'b' and (phone eq 'c'))");

        assertThat(and.operands()).hasSize(3).allMatch(Condition.class::isInstance);
    }

    @Test
    void keywordsAreCaseInsensitive() {
        Or or = (Or) parse("name EQ 'a' OR vip Eq TRUE AnD phone ISEMPTY or email NOT isempty "
                + "or phone isnotempty or email StartsWith 'x'");

        assertThat(or.operands()).hasSize(5);
        And and = (And) or.operands().get(1);
        assertCondition(and.operands().get(0), "vip", Operator.EQ, true);
        assertCondition(or.operands().get(2), "email", Operator.IS_NOT_EMPTY);
        assertCondition(or.operands().get(3), "phone", Operator.IS_NOT_EMPTY);
    }

    @Test
    void readsEveryOperatorWithValuesOfTheFieldsType() {
        assertCondition(parse("name ne 'x'"), "name", Operator.NE, "x");
        assertCondition(parse("score gt 10"), "score", Operator.GT, 10L);
        assertCondition(parse("score gte 10.5"), "score", Operator.GTE, 10.5d);
        assertCondition(parse("score lt -3"), "score", Operator.LT, -3L);
        assertCondition(parse("score lte 1e3"), "score", Operator.LTE, 1000L);
        assertCondition(parse("amount eq 1999.90"), "amount", Operator.EQ, new BigDecimal("1999.90"));
        assertCondition(parse("closeDate lt '2026-02-01'"), "closeDate", Operator.LT, LocalDate.of(2026, 2, 1));
        assertCondition(parse("createdAt gte '2026-01-01T07:00:00+07:00'"), "createdAt", Operator.GTE,
                Instant.parse("2026-01-01T00:00:00Z"));
        assertCondition(parse("vip ne false"), "vip", Operator.NE, false);
        assertCondition(parse("status in ('new', 'Qualified')"), "status", Operator.IN, "NEW", "QUALIFIED");
        assertCondition(parse("id eq '65f0c0ffee0000000000abcd'"), "id", Operator.EQ, "65f0c0ffee0000000000abcd");
        assertCondition(parse("city in ('Hà Nội', 'Huế')"), "city", Operator.IN, "Hà Nội", "Huế");
        assertCondition(parse("email eq null"), "email", Operator.EQ, (Object) null);
    }

    @Test
    void doubledQuotesEscapeAQuoteInsideText() {
        assertCondition(parse("name eq 'O''Brien'''"), "name", Operator.EQ, "O'Brien'");
        assertCondition(parse("name eq ''"), "name", Operator.EQ, "");
    }

    @Test
    void regexMetacharactersStayPlainText() {
        assertCondition(parse("name contains '.*(a|b)+[x]^$\\\\'"), "name", Operator.CONTAINS, ".*(a|b)+[x]^$\\\\");
    }

    @Test
    void refusesFieldsOutsideTheWhitelistEvenInsideAnOtherwiseValidFilter() {
        assertThat(errors("name eq 'x' or tenantId ne ''"))
                .singleElement()
                .satisfies(error -> {
                    assertThat(error.position()).isEqualTo(15);
                    assertThat(error.message()).startsWith("unknown field 'tenantId'");
                });
        assertThat(errors("_id ne ''")).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("unknown field '_id'"));
        assertThat(errors("address.city eq 'Huế'")).singleElement()
                .satisfies(error -> assertThat(error.message()).startsWith("unknown field 'address.city'"));
    }

    @Test
    void suggestsTheFieldWhenOnlyTheCaseIsWrong() {
        assertThat(errors("CreatedAt gt '2026-01-01T00:00:00Z'")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("did you mean 'createdAt'?"));
    }

    @Test
    void reportsEveryMeaningMistakeWithItsPosition() {
        List<ListQueryError> errors = errors(
                "createdAt contains '2026' and score eq 'ten' and status eq 'LOST' and closeDate gt '31/01/2026'");

        assertThat(errors).extracting(ListQueryError::position).containsExactly(10, 39, 59, 83);
        assertThat(errors.get(0).message()).contains("operator 'contains' is not allowed on 'createdAt'");
        assertThat(errors.get(1).message()).contains("'score' takes a number");
        assertThat(errors.get(2).message()).contains("'LOST' is not a valid status; expected one of [NEW, "
                + "QUALIFIED, CONVERTED]");
        assertThat(errors.get(3).message()).contains("ISO-8601 date");
        assertThat(errors).allMatch(error -> error.parameter().equals("filter"));
    }

    @Test
    void refusesOperatorsAFieldDoesNotAllow() {
        assertThat(errors("city contains 'Hu'")).singleElement()
                .satisfies(error -> assertThat(error.message())
                        .isEqualTo("operator 'contains' is not allowed on 'city'; allowed: eq, in"));
        assertThat(errors("vip gt true")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("'gt' is not allowed on 'vip'"));
    }

    @Test
    void refusesDateTimesWithoutZoneAndNullOutsideEquality() {
        assertThat(errors("createdAt gt '2026-01-01T00:00:00'")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("with zone"));
        assertThat(errors("score gt null")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("null can only be used with eq or ne"));
    }

    @Test
    void refusesBetweenWithBoundsReversedOrTheWrongCount() {
        assertThat(errors("score between (10, 1)")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("lower bound"));
        assertThat(errors("score between (1)")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("exactly two values"));
        assertThat(errors("score between (1, 2, 3)")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("exactly two values"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "name eq",
            "name 'x'",
            "name eq 'x' and",
            "(name eq 'x'",
            "name eq 'x')",
            "name eq 'x' name eq 'y'",
            "name eq \"x\"",
            "name eq 'unclosed",
            "name like 'x'",
            "name not eq 'x'",
            "()",
            "name eq 'x' && email eq 'y'",
            "score eq 12abc",
            "name eq 'x'; db.dropDatabase()",
            "ownerId in ()",
            "ownerId in 'u1'",
    })
    void refusesMalformedExpressions(String expression) {
        assertThatThrownBy(() -> FilterParser.parse(expression, FIELDS))
                .isInstanceOf(InvalidListQueryException.class)
                .satisfies(thrown -> assertThat(((InvalidListQueryException) thrown).errors())
                        .isNotEmpty()
                        .allSatisfy(error -> assertThat(error.position()).isBetween(0, expression.length())));
    }

    @Test
    void pointsAtTheOffendingToken() {
        assertThat(errors("name eq 'x' and email likes 'y'")).singleElement()
                .satisfies(error -> {
                    assertThat(error.position()).isEqualTo(22);
                    assertThat(error.message()).startsWith("unknown operator 'likes'");
                });
        assertThat(errors("(name eq 'x'")).singleElement()
                .satisfies(error -> {
                    assertThat(error.position()).isEqualTo(12);
                    assertThat(error.message()).contains("expected ')' to close the '(' at position 0");
                });
    }

    @Test
    void boundsNestingDepth() {
        String twenty = "(".repeat(20) + "name eq 'x'" + ")".repeat(20);
        assertThat(FilterParser.parse(twenty, FIELDS)).isPresent();

        String deeper = "(".repeat(21) + "name eq 'x'" + ")".repeat(21);
        assertThat(errors(deeper)).singleElement()
                .satisfies(error -> {
                    assertThat(error.position()).isEqualTo(20);
                    assertThat(error.message()).contains("nested more than 20 levels");
                });
    }

    @Test
    void boundsTheNumberOfConditions() {
        String fifty = String.join(" or ", java.util.Collections.nCopies(50, "name eq 'x'"));
        assertThat(FilterParser.parse(fifty, FIELDS)).isPresent();

        assertThat(errors(fifty + " or name eq 'x'")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("more than 50 conditions"));
    }

    @Test
    void boundsTheLengthOfTheExpressionAndOfLists() {
        assertThat(errors("name eq '" + "x".repeat(2000) + "'")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("longer than 2000 characters"));

        String hundredAndOne = String.join(",", java.util.Collections.nCopies(101, "'u'"));
        assertThat(errors("ownerId in (" + hundredAndOne + ")")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("at most 100 values"));
    }

    @Test
    void refusesNumbersTheStoreCannotHoldExactlyNamingTheField() {
        String thirtyFiveDigits = "12345678901234567890123456789012345";
        assertThat(errors("amount gt " + thirtyFiveDigits)).singleElement()
                .satisfies(error -> {
                    assertThat(error.position()).isEqualTo(10);
                    assertThat(error.message()).contains("'amount'", "34 significant digits");
                });
        assertThat(errors("amount between (0, 1e7000)")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("too long"));
        assertThat(errors("score gt " + thirtyFiveDigits)).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("'score'", "whole number"));
        assertThat(errors("score lt 9223372036854775808")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("'score'"));
        assertThat(errors("score lt 0.123456789012345678901")).singleElement()
                .satisfies(error -> assertThat(error.message()).contains("'score'", "17 significant digits"));

        assertCondition(parse("amount eq 1234567890123456789012345678901234"), "amount", Operator.EQ,
                new BigDecimal("1234567890123456789012345678901234"));
        assertCondition(parse("score lt 9223372036854775807"), "score", Operator.LT, Long.MAX_VALUE);
        assertCondition(parse("score gte 1e3"), "score", Operator.GTE, 1000L);
    }

    @ParameterizedTest
    @ValueSource(strings = {"score eq 0x10", "score eq 1e", "score eq 1.2.3", "score eq 1e+", "score eq --1",
            "score eq 1_000", "amount eq 1,5", "score eq 1e2147483648", "score eq \u0661", "amount eq NaN",
            "amount eq Infinity", "score eq +5"})
    void refusesExoticNumberFormats(String expression) {
        assertThatThrownBy(() -> FilterParser.parse(expression, FIELDS))
                .isInstanceOf(InvalidListQueryException.class);
    }

    @Test
    void fieldsCannotExposeTheWorkspace() {
        assertThatThrownBy(() -> FilterableFields.of(FilterableField.string("workspace").at("tenantId")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> FilterableField.string("x").only(Operator.GT))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Filter parse(String expression) {
        return FilterParser.parse(expression, FIELDS).orElseThrow();
    }

    private static List<ListQueryError> errors(String expression) {
        try {
            FilterParser.parse(expression, FIELDS);
        } catch (InvalidListQueryException invalid) {
            return invalid.errors();
        }
        throw new AssertionError("Expected the filter to be refused: " + expression);
    }

    private static void assertCondition(Filter filter, String field, Operator operator, Object... values) {
        assertThat(filter).isInstanceOf(Condition.class);
        Condition condition = (Condition) filter;
        assertThat(condition.field().name()).isEqualTo(field);
        assertThat(condition.operator()).isEqualTo(operator);
        assertThat(condition.values()).containsExactly(values);
    }
}
