package io.refunds.platform.text;

/**
 * The rule every text a client sends follows before any database sees it: no NUL character (PostgreSQL refuses
 * 0x00 in text) and no unpaired UTF-16 surrogate (not a character in any encoding).
 */
public final class SafeText {

    /** What a client reads when a text breaks the rule. */
    public static final String RULE = "must not contain NUL characters or unpaired surrogates";

    private SafeText() {
    }

    /** Whether {@code text} (null is safe) has no NUL and no unpaired surrogate. */
    public static boolean isSafe(CharSequence text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
