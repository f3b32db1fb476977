package io.saola.crm.gateway.token;

/**
 * Reads the token from an {@code Authorization} header as RFC 6750 defines it: scheme {@code Bearer} (any
 * case), one space, then a b64token ({@code [A-Za-z0-9-._~+/]+=*}). A plain loop instead of the regex
 * Spring Security uses, which showed up in the gateway's profiles.
 */
public final class BearerTokens {

    private static final String SCHEME = "Bearer ";

    private BearerTokens() {
    }

    /** The token, or throws {@link InvalidTokenException} for a missing or malformed header. */
    public static String token(String authorization) {
        if (authorization == null || authorization.isEmpty()) {
            throw InvalidTokenException.missing();
        }
        if (authorization.length() <= SCHEME.length()
                || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            throw InvalidTokenException.missing();
        }
        if (!isB64Token(authorization, SCHEME.length())) {
            throw new InvalidTokenException("The bearer token is malformed");
        }
        return authorization.substring(SCHEME.length());
    }

    private static boolean isB64Token(String value, int from) {
        int i = from;
        int length = value.length();
        while (i < length && isTokenChar(value.charAt(i))) {
            i++;
        }
        if (i == from) {
            return false;
        }
        while (i < length && value.charAt(i) == '=') {
            i++;
        }
        return i == length;
    }

    private static boolean isTokenChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
    }
}
