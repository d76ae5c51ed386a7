package io.refunds.standin;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the stand-in does for a PaymentIntent, read from its id like Stripe's test-mode magic values:
 * {@code _decline} (402, the card cannot take the refund), {@code _timeoutN} (the first N requests create or find the
 * refund but answer too late), {@code _errorN} (the first N requests fail with 500 before anything happens),
 * {@code _pending} (the refund stays pending until it has been retrieved once). Anything else succeeds at once.
 */
record Behaviour(boolean decline, int timeouts, int errors, boolean pending) {

    private static final Pattern TIMEOUTS = Pattern.compile("_timeout(\\d+)");
    private static final Pattern ERRORS = Pattern.compile("_error(\\d+)");

    static Behaviour of(String paymentIntent) {
        return new Behaviour(paymentIntent.contains("_decline"), count(TIMEOUTS, paymentIntent),
                count(ERRORS, paymentIntent), paymentIntent.contains("_pending"));
    }

    private static int count(Pattern pattern, String paymentIntent) {
        Matcher matcher = pattern.matcher(paymentIntent);
        return matcher.find() ? Integer.parseInt(matcher.group(1)) : 0;
    }
}
