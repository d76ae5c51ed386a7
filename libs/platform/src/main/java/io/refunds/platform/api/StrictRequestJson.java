package io.refunds.platform.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.refunds.platform.text.SafeText;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;

/**
 * The JSON reader of every request body, stricter than the application's ObjectMapper (which reads events, where
 * fields added within a version must be ignored): an unknown field, a number where a text belongs, a fraction, a
 * string or a boolean where an integer belongs, an enum given by its index, a field given twice, a NUL character
 * or an unpaired surrogate are each refused with a 400 naming the field — never silently coerced, truncated or stored.
 */
@Provider
public class StrictRequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper strict;

    public StrictRequestJson(ObjectMapper application) {
        this.strict = strict(application);
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return strict;
    }

    /** A copy of {@code application} with every coercion of request input turned off. */
    public static ObjectMapper strict(ObjectMapper application) {
        ObjectMapper mapper = application.copy()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES,
                        DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS,
                        DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES,
                        DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT,
                        DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
        mapper.getFactory().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        for (LogicalType type : new LogicalType[] {LogicalType.Integer, LogicalType.Boolean, LogicalType.Textual,
            LogicalType.Enum}) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (!accepts(type, shape)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        return mapper.registerModule(new SimpleModule("safe-text").addDeserializer(String.class, new SafeString()));
    }

    /** Each type takes only its own JSON shape (an exact decimal, a BigDecimal, may still come as a string). */
    private static boolean accepts(LogicalType type, CoercionInputShape shape) {
        return switch (type) {
            case Integer -> shape == CoercionInputShape.Integer;
            case Boolean -> shape == CoercionInputShape.Boolean;
            case Textual -> shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString;
            case Enum -> shape == CoercionInputShape.String;
            default -> true;
        };
    }

    /** A text that breaks {@link SafeText}'s rule. */
    public static final class UnsafeTextException extends InvalidFormatException {

        UnsafeTextException(JsonParser parser, String value) {
            super(parser, SafeText.RULE, value, String.class);
        }
    }

    /** Reads strings as Jackson does, then refuses NUL characters and unpaired surrogates. */
    private static final class SafeString extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            if (!SafeText.isSafe(value)) {
                throw new UnsafeTextException(parser, value);
            }
            return value;
        }
    }
}
