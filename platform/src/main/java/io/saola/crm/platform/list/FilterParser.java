package io.saola.crm.platform.list;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import io.saola.crm.platform.list.InvalidListQueryException.ListQueryError;

/**
 * Reads the {@code filter} parameter, a recursive-descent parser over this grammar (keywords in any case):
 * <pre>
 * filter    = and { "or" and }
 * and       = primary { "and" primary }
 * primary   = "(" filter ")" | condition
 * condition = field ( ("eq"|"ne"|"contains"|"startsWith"|"gt"|"gte"|"lt"|"lte") value
 *                   | "in" "(" value { "," value } ")"
 *                   | "between" "(" value "," value ")"
 *                   | "isEmpty" | "isNotEmpty" | "not" "isEmpty" )
 * value     = 'text with '' for a quote' | number | true | false | null
 * </pre>
 * AND binds tighter than OR. Every field must be in the endpoint's {@link FilterableFields}, every operator
 * allowed for it and every value readable as its type; all such mistakes are reported together. The size of
 * what a client can make the store evaluate is bounded: {@value #MAX_LENGTH} characters, {@value #MAX_DEPTH}
 * levels of parentheses, {@value #MAX_CONDITIONS} conditions, {@value #MAX_LIST_VALUES} values in a list;
 * numbers must fit their field exactly (a decimal at most {@value #MAX_DECIMAL_DIGITS} significant digits, an
 * integral number a long), so no value reaches the store that it would refuse or round.
 */
public final class FilterParser {

    public static final int MAX_LENGTH = 2000;
    public static final int MAX_DEPTH = 20;
    public static final int MAX_CONDITIONS = 50;
    public static final int MAX_LIST_VALUES = 100;
    /** The digits an IEEE 754 decimal128 (MongoDB's Decimal128) holds exactly. */
    public static final int MAX_DECIMAL_DIGITS = 34;
    /** The digits of a fraction a double keeps. */
    static final int MAX_FRACTION_DIGITS = 17;

    static final String PARAMETER = "filter";

    private final List<Token> tokens;
    private final FilterableFields fields;
    private final List<ListQueryError> errors = new ArrayList<>();
    private int next;
    private int conditions;

    private FilterParser(List<Token> tokens, FilterableFields fields) {
        this.tokens = tokens;
        this.fields = fields;
    }

    /** The filter, or empty for a missing or blank expression; throws {@link InvalidListQueryException}. */
    public static Optional<Filter> parse(String expression, FilterableFields fields) {
        if (expression == null || expression.isBlank()) {
            return Optional.empty();
        }
        if (expression.length() > MAX_LENGTH) {
            throw InvalidListQueryException.of(PARAMETER, MAX_LENGTH,
                    "the filter is longer than " + MAX_LENGTH + " characters");
        }
        List<Token> tokens;
        try {
            tokens = Lexer.tokens(expression);
        } catch (SyntaxError error) {
            throw new InvalidListQueryException(List.of(error.error));
        }
        FilterParser parser = new FilterParser(tokens, fields);
        Filter filter;
        try {
            filter = parser.parseFilter(0);
            Token end = parser.peek();
            if (end.kind != Kind.END) {
                throw parser.syntax(end, "expected 'and', 'or' or the end of the filter but found " + end.describe());
            }
        } catch (SyntaxError error) {
            parser.errors.add(error.error);
            throw parser.failure();
        }
        if (!parser.errors.isEmpty()) {
            throw parser.failure();
        }
        return Optional.of(filter);
    }

    private Filter parseFilter(int depth) {
        List<Filter> operands = new ArrayList<>();
        add(operands, parseAnd(depth), Filter.Or.class);
        while (peek().isKeyword("or")) {
            next++;
            add(operands, parseAnd(depth), Filter.Or.class);
        }
        return combine(operands, false);
    }

    private Filter parseAnd(int depth) {
        List<Filter> operands = new ArrayList<>();
        add(operands, parsePrimary(depth), Filter.And.class);
        while (peek().isKeyword("and")) {
            next++;
            add(operands, parsePrimary(depth), Filter.And.class);
        }
        return combine(operands, true);
    }

    private Filter parsePrimary(int depth) {
        Token token = peek();
        if (token.kind == Kind.LEFT) {
            if (depth + 1 > MAX_DEPTH) {
                throw syntax(token, "parentheses are nested more than " + MAX_DEPTH + " levels deep");
            }
            next++;
            Filter inner = parseFilter(depth + 1);
            expect(Kind.RIGHT, "expected ')' to close the '(' at position " + token.position);
            return inner;
        }
        return parseCondition();
    }

    private Filter parseCondition() {
        Token fieldToken = peek();
        if (fieldToken.kind != Kind.WORD) {
            throw syntax(fieldToken, "expected a field name or '(' but found " + fieldToken.describe());
        }
        next++;
        if (++conditions > MAX_CONDITIONS) {
            throw syntax(fieldToken, "the filter has more than " + MAX_CONDITIONS + " conditions");
        }
        Token operatorToken = peek();
        if (operatorToken.kind != Kind.WORD) {
            throw syntax(operatorToken, "expected an operator after '" + fieldToken.text + "' but found "
                    + operatorToken.describe());
        }
        next++;
        Operator operator = operator(operatorToken);
        List<Token> values = switch (operator.arity()) {
            case NONE -> List.of();
            case ONE -> List.of(value());
            case PAIR -> values(2, 2);
            case LIST -> values(1, MAX_LIST_VALUES);
        };
        return check(fieldToken, operatorToken, operator, values);
    }

    private Operator operator(Token token) {
        if (token.isKeyword("not")) {
            Token negated = peek();
            if (negated.isKeyword("isEmpty")) {
                next++;
                return Operator.IS_NOT_EMPTY;
            }
            throw syntax(negated, "only 'not isEmpty' is supported, found 'not' followed by " + negated.describe());
        }
        return Operator.fromKeyword(token.text).orElseThrow(() -> syntax(token, "unknown operator '" + token.text
                + "'; expected one of " + Arrays.stream(Operator.values()).map(Operator::keyword)
                .collect(Collectors.joining(", "))));
    }

    private Token value() {
        Token token = peek();
        if (token.kind == Kind.TEXT || token.kind == Kind.NUMBER
                || token.isKeyword("true") || token.isKeyword("false") || token.isKeyword("null")) {
            next++;
            return token;
        }
        throw syntax(token, "expected a value ('text', a number, true, false or null) but found " + token.describe());
    }

    private List<Token> values(int min, int max) {
        Token open = expect(Kind.LEFT, "expected '(' before the list of values");
        List<Token> values = new ArrayList<>();
        values.add(value());
        while (peek().kind == Kind.COMMA) {
            next++;
            if (values.size() == max) {
                throw syntax(peek(), max == 2 ? "between takes exactly two values"
                        : "a list holds at most " + max + " values");
            }
            values.add(value());
        }
        if (values.size() < min) {
            throw syntax(peek(), "between takes exactly two values: between (low, high)");
        }
        expect(Kind.RIGHT, "expected ')' to close the '(' at position " + open.position);
        return values;
    }

    private Filter check(Token fieldToken, Token operatorToken, Operator operator, List<Token> valueTokens) {
        Optional<FilterableField> found = fields.find(fieldToken.text);
        if (found.isEmpty()) {
            String hint = fields.similarName(fieldToken.text).map(name -> "; did you mean '" + name + "'?")
                    .orElseGet(() -> "; filterable fields: " + fields.all().stream().map(FilterableField::name)
                            .collect(Collectors.joining(", ")));
            error(fieldToken, "unknown field '" + fieldToken.text + "'" + hint);
            return null;
        }
        FilterableField field = found.get();
        if (!field.allows(operator)) {
            error(operatorToken, "operator '" + operator.keyword() + "' is not allowed on '" + field.name()
                    + "'; allowed: " + field.operators().stream().sorted().map(Operator::keyword)
                    .collect(Collectors.joining(", ")));
            return null;
        }
        List<Object> values = new ArrayList<>();
        boolean valid = true;
        for (Token token : valueTokens) {
            Conversion conversion = convert(field, operator, token);
            if (conversion.error != null) {
                error(token, conversion.error);
                valid = false;
            } else {
                values.add(conversion.value);
            }
        }
        if (valid && operator == Operator.BETWEEN && isDescending(values.get(0), values.get(1))) {
            error(valueTokens.get(0), "the lower bound of between is greater than its upper bound");
            valid = false;
        }
        return valid ? new Filter.Condition(field, operator, values) : null;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static boolean isDescending(Object low, Object high) {
        return low instanceof Comparable comparable && high != null && low.getClass() == high.getClass()
                && comparable.compareTo(high) > 0;
    }

    private record Conversion(Object value, String error) {
        static Conversion of(Object value) {
            return new Conversion(value, null);
        }

        static Conversion error(String message) {
            return new Conversion(null, message);
        }
    }

    private static Conversion convert(FilterableField field, Operator operator, Token token) {
        String name = field.name();
        if (token.isKeyword("null")) {
            return operator == Operator.EQ || operator == Operator.NE ? Conversion.of(null)
                    : Conversion.error("null can only be used with eq or ne (or use isEmpty)");
        }
        switch (field.type()) {
            case STRING, ID -> {
                return token.kind == Kind.TEXT ? Conversion.of(token.value)
                        : Conversion.error("'" + name + "' takes quoted text, e.g. 'abc'; found " + token.describe());
            }
            case ENUM -> {
                if (token.kind != Kind.TEXT) {
                    return Conversion.error("'" + name + "' takes one of " + field.allowedValues()
                            + " in quotes; found " + token.describe());
                }
                String text = (String) token.value;
                return field.allowedValues().stream().filter(allowed -> allowed.equalsIgnoreCase(text)).findFirst()
                        .map(Conversion::of)
                        .orElseGet(() -> Conversion.error("'" + text + "' is not a valid " + name
                                + "; expected one of " + field.allowedValues()));
            }
            case NUMBER, DECIMAL -> {
                if (token.kind != Kind.NUMBER) {
                    return Conversion.error("'" + name + "' takes a number, e.g. 42 or 12.5; found " + token.describe());
                }
                BigDecimal number = (BigDecimal) token.value;
                return field.type() == FieldType.DECIMAL ? exactDecimal(name, number) : plainNumber(name, number);
            }
            case DATE_TIME -> {
                if (token.kind == Kind.TEXT) {
                    try {
                        return Conversion.of(OffsetDateTime.parse((String) token.value).toInstant());
                    } catch (DateTimeParseException notADateTime) {
                        // fall through to the explanation
                    }
                }
                return Conversion.error("'" + name + "' takes a quoted ISO-8601 date-time with zone, e.g. "
                        + "'2026-01-31T09:30:00Z'; found " + token.describe());
            }
            case DATE -> {
                if (token.kind == Kind.TEXT) {
                    try {
                        return Conversion.of(LocalDate.parse((String) token.value));
                    } catch (DateTimeParseException notADate) {
                        // fall through to the explanation
                    }
                }
                return Conversion.error("'" + name + "' takes a quoted ISO-8601 date, e.g. '2026-01-31'; found "
                        + token.describe());
            }
            case BOOLEAN -> {
                if (token.isKeyword("true") || token.isKeyword("false")) {
                    return Conversion.of(Boolean.valueOf(token.text.toLowerCase(Locale.ROOT)));
                }
                return Conversion.error("'" + name + "' takes true or false; found " + token.describe());
            }
            default -> throw new IllegalStateException("Unhandled field type " + field.type());
        }
    }

    /** A money-like value as given, if a 128-bit decimal (what the store keeps) holds it exactly. */
    private static Conversion exactDecimal(String name, BigDecimal number) {
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (stripped.precision() > MAX_DECIMAL_DIGITS) {
            return Conversion.error("'" + name + "' holds at most " + MAX_DECIMAL_DIGITS
                    + " significant digits; found " + number.precision());
        }
        return Conversion.of(number);
    }

    /** Integral numbers as longs, others as doubles; a value neither holds faithfully is refused. */
    private static Conversion plainNumber(String name, BigDecimal number) {
        BigDecimal stripped = number.signum() == 0 ? BigDecimal.ZERO : number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            try {
                return Conversion.of(stripped.longValueExact());
            } catch (ArithmeticException tooLarge) {
                return Conversion.error("'" + name + "' takes a whole number between " + Long.MIN_VALUE + " and "
                        + Long.MAX_VALUE);
            }
        }
        if (stripped.precision() > MAX_FRACTION_DIGITS) {
            return Conversion.error("'" + name + "' takes a number with at most " + MAX_FRACTION_DIGITS
                    + " significant digits");
        }
        return Conversion.of(number.doubleValue());
    }

    private static void add(List<Filter> operands, Filter operand, Class<? extends Filter> flattenable) {
        if (operand instanceof Filter.And and && flattenable == Filter.And.class) {
            operands.addAll(and.operands());
        } else if (operand instanceof Filter.Or or && flattenable == Filter.Or.class) {
            operands.addAll(or.operands());
        } else {
            operands.add(operand);
        }
    }

    private Filter combine(List<Filter> operands, boolean and) {
        if (operands.contains(null)) {
            return null;
        }
        if (operands.size() == 1) {
            return operands.get(0);
        }
        return and ? new Filter.And(operands) : new Filter.Or(operands);
    }

    private Token peek() {
        return tokens.get(next);
    }

    private Token expect(Kind kind, String message) {
        Token token = peek();
        if (token.kind != kind) {
            throw syntax(token, message + " but found " + token.describe());
        }
        next++;
        return token;
    }

    private void error(Token token, String message) {
        errors.add(new ListQueryError(PARAMETER, token.position, message));
    }

    private SyntaxError syntax(Token token, String message) {
        return new SyntaxError(new ListQueryError(PARAMETER, token.position, message));
    }

    private InvalidListQueryException failure() {
        errors.sort(Comparator.comparing(ListQueryError::position));
        return new InvalidListQueryException(errors);
    }

    private static final class SyntaxError extends RuntimeException {
        private final ListQueryError error;

        SyntaxError(ListQueryError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }
    }

    enum Kind { WORD, TEXT, NUMBER, LEFT, RIGHT, COMMA, END }

    record Token(Kind kind, String text, int position, Object value) {

        boolean isKeyword(String keyword) {
            return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
        }

        String describe() {
            return switch (kind) {
                case END -> "the end of the filter";
                case TEXT -> "text '" + shorten(text) + "'";
                default -> "'" + shorten(text) + "'";
            };
        }

        private static String shorten(String text) {
            return text.length() > 40 ? text.substring(0, 40) + "..." : text;
        }
    }

    /** Splits the expression into words, quoted text, numbers and punctuation, remembering positions. */
    static final class Lexer {

        private final String input;
        private int at;

        private Lexer(String input) {
            this.input = input;
        }

        static List<Token> tokens(String input) {
            Lexer lexer = new Lexer(input);
            List<Token> tokens = new ArrayList<>();
            Token token;
            do {
                token = lexer.nextToken();
                tokens.add(token);
            } while (token.kind != Kind.END);
            return tokens;
        }

        private Token nextToken() {
            while (at < input.length() && Character.isWhitespace(input.charAt(at))) {
                at++;
            }
            if (at == input.length()) {
                return new Token(Kind.END, "", at, null);
            }
            int start = at;
            char c = input.charAt(at);
            switch (c) {
                case '(' -> {
                    at++;
                    return new Token(Kind.LEFT, "(", start, null);
                }
                case ')' -> {
                    at++;
                    return new Token(Kind.RIGHT, ")", start, null);
                }
                case ',' -> {
                    at++;
                    return new Token(Kind.COMMA, ",", start, null);
                }
                case '\'' -> {
                    return text(start);
                }
                case '"' -> throw lexical(start, "text values take single quotes: 'like this'");
                default -> {
                    if (isWordStart(c)) {
                        return word(start);
                    }
                    if (isDigit(c) || ((c == '-' || c == '.') && at + 1 < input.length()
                            && (isDigit(input.charAt(at + 1)) || input.charAt(at + 1) == '.'))) {
                        return number(start);
                    }
                    throw lexical(start, "unexpected character '" + c + "'");
                }
            }
        }

        private Token text(int start) {
            StringBuilder value = new StringBuilder();
            at++;
            while (at < input.length()) {
                char c = input.charAt(at++);
                if (c == '\'') {
                    if (at < input.length() && input.charAt(at) == '\'') {
                        value.append('\'');
                        at++;
                    } else {
                        return new Token(Kind.TEXT, value.toString(), start, value.toString());
                    }
                } else {
                    value.append(c);
                }
            }
            throw lexical(start, "text starting here is not closed with a single quote");
        }

        private Token word(int start) {
            while (at < input.length() && (isWordPart(input.charAt(at)))) {
                at++;
            }
            String word = input.substring(start, at);
            if (word.endsWith(".") || word.contains("..")) {
                throw lexical(start, "'" + word + "' is not a valid field name");
            }
            return new Token(Kind.WORD, word, start, null);
        }

        private Token number(int start) {
            if (input.charAt(at) == '-') {
                at++;
            }
            while (at < input.length() && (isDigit(input.charAt(at)) || input.charAt(at) == '.')) {
                at++;
            }
            if (at < input.length() && (input.charAt(at) == 'e' || input.charAt(at) == 'E')) {
                at++;
                if (at < input.length() && (input.charAt(at) == '+' || input.charAt(at) == '-')) {
                    at++;
                }
                while (at < input.length() && isDigit(input.charAt(at))) {
                    at++;
                }
            }
            String text = input.substring(start, at);
            if (at < input.length() && isWordPart(input.charAt(at))) {
                int end = at;
                while (end < input.length() && isWordPart(input.charAt(end)) && end - start < 40) {
                    end++;
                }
                throw lexical(start, "'" + input.substring(start, end) + "' is not a number");
            }
            try {
                BigDecimal value = new BigDecimal(text);
                if (Math.abs(value.scale()) > 100 || value.precision() > 40) {
                    throw lexical(start, "the number '" + text + "' is too long");
                }
                return new Token(Kind.NUMBER, text, start, value);
            } catch (NumberFormatException notANumber) {
                throw lexical(start, "'" + text + "' is not a number");
            }
        }

        /** ASCII digits only: {@link BigDecimal} would also read other scripts' digits. */
        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        private static boolean isWordStart(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        }

        private static boolean isWordPart(char c) {
            return isWordStart(c) || (c >= '0' && c <= '9') || c == '.';
        }

        private static SyntaxError lexical(int position, String message) {
            return new SyntaxError(new ListQueryError(PARAMETER, position, message));
        }
    }
}
