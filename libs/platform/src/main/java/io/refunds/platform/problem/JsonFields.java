package io.refunds.platform.problem;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.refunds.platform.text.SafeText;
import java.util.Set;
import java.util.stream.Collectors;

/** Which field of a JSON body Jackson refused, and why, in the words a client reads ({@code items[0].paid}). */
final class JsonFields {

    private static final Set<Class<?>> INTEGRAL = Set.of(Long.class, long.class, Integer.class, int.class,
            Short.class, short.class, Byte.class, byte.class, java.math.BigInteger.class);

    private JsonFields() {
    }

    static String fieldOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
        }
        // An integer too large for its field fails in the parser, which still knows where it was.
        if (e instanceof InputCoercionException && e.getProcessor() instanceof JsonParser parser
                && parser.getParsingContext() != null) {
            String pointer = parser.getParsingContext().pathAsPointer().toString();
            if (!pointer.isEmpty()) {
                return pointer.substring(1).replaceAll("/(\\d+)(?=/|$)", "[$1]").replace('/', '.');
            }
        }
        return "body";
    }

    static String messageOf(JsonProcessingException e) {
        if (e instanceof UnrecognizedPropertyException) {
            return "is not a field of this request";
        }
        // The strict request reader's refusal of a text (api.StrictRequestJson), told by what it is, not by its class:
        // this package stays below the api package that uses it.
        if (e instanceof InvalidFormatException invalid && invalid.getTargetType() == String.class
                && invalid.getValue() instanceof String text && !SafeText.isSafe(text)) {
            return SafeText.RULE;
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InputCoercionException) {
                return "must be an integer within range";
            }
        }
        if (e instanceof MismatchedInputException mismatch && INTEGRAL.contains(mismatch.getTargetType())) {
            return "must be a JSON integer (no fraction, string or boolean)";
        }
        return e instanceof JsonMappingException ? "has the wrong type or format" : "is not valid JSON";
    }
}
