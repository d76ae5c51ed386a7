package io.refunds.platform.api;

import io.refunds.platform.problem.ApiException;
import java.util.Arrays;
import java.util.Locale;

/** Reads an optional enum from a query parameter; an unknown value is a 400 naming the parameter. */
public final class EnumParameter {

    private EnumParameter() {
    }

    public static <E extends Enum<E>> E parse(Class<E> type, String value, String parameter) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(parameter, "must be one of " + Arrays.toString(type.getEnumConstants()));
        }
    }
}
