package io.refunds.marketplace.standin;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/** CNY amounts: yuan strings with exactly two decimals on the wire, whole fen in memory (never a double). */
final class Yuan {

    private static final Pattern TWO_DECIMALS = Pattern.compile("\\d{1,12}\\.\\d{2}");

    private Yuan() {
    }

    /** The fen of a positive amount such as {@code 128.50}; anything else is refused naming the parameter. */
    static long parse(String yuan, String parameter) {
        if (yuan == null || !TWO_DECIMALS.matcher(yuan).matches()) {
            throw GatewayException.invalidParameter(parameter,
                    "must be CNY yuan with exactly two decimals, e.g. 128.50, not '" + yuan + "'");
        }
        long fen = new BigDecimal(yuan).movePointRight(2).longValueExact();
        if (fen <= 0) {
            throw GatewayException.invalidParameter(parameter, "must be more than 0.00");
        }
        return fen;
    }

    static String format(Long fen) {
        return fen == null ? null : BigDecimal.valueOf(fen, 2).toPlainString();
    }
}
