package io.refunds.platform.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.refunds.events.Remedy;
import io.refunds.platform.problem.Problem;
import io.refunds.platform.problem.ProblemMappers;
import io.refunds.platform.problem.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Request bodies are read strictly: every coercion Jackson would make silently is a 400 naming the field. */
class StrictRequestJsonTest {

    private static final ObjectMapper STRICT = StrictRequestJson.strict(new ObjectMapper().findAndRegisterModules());

    record Amount(Long minorUnits, String currency) {
    }

    record Request(Remedy outcome, Amount amount, String note, Integer quantity, List<String> ids, Boolean urgent) {
    }

    @Test
    void aValidBodyIsRead() throws Exception {
        Request read = STRICT.readValue("{\"outcome\":\"PARTIAL_REFUND\",\"amount\":{\"minorUnits\":1250,"
                + "\"currency\":\"USD\"},\"note\":\"ok 😀\",\"quantity\":2,\"ids\":[\"a\"],\"urgent\":true}", Request.class);
        assertEquals(new Request(Remedy.PARTIAL_REFUND, new Amount(1250L, "USD"), "ok 😀", 2, List.of("a"), true), read);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "{\"amount\":{\"minorUnits\":12.5,\"currency\":\"USD\"}}|amount.minorUnits|must be a JSON integer (no fraction, string or boolean)",
        "{\"amount\":{\"minorUnits\":12.0,\"currency\":\"USD\"}}|amount.minorUnits|must be a JSON integer (no fraction, string or boolean)",
        "{\"amount\":{\"minorUnits\":\"100\",\"currency\":\"USD\"}}|amount.minorUnits|must be a JSON integer (no fraction, string or boolean)",
        "{\"amount\":{\"minorUnits\":true,\"currency\":\"USD\"}}|amount.minorUnits|must be a JSON integer (no fraction, string or boolean)",
        "{\"amount\":{\"minorUnits\":99999999999999999999999,\"currency\":\"USD\"}}|amount.minorUnits|must be an integer within range",
        "{\"quantity\":1e3}|quantity|must be a JSON integer (no fraction, string or boolean)",
        "{\"quantity\":\"2\"}|quantity|must be a JSON integer (no fraction, string or boolean)",
        "{\"quantity\":4294967296}|quantity|must be an integer within range",
        "{\"status\":\"REFUNDED\"}|status|is not a field of this request",
        "{\"amount\":{\"minorUnits\":1,\"currency\":\"USD\",\"isAdmin\":true}}|amount.isAdmin|is not a field of this request",
        "{\"note\":\"a\\u0000b\"}|note|must not contain NUL characters or unpaired surrogates",
        "{\"note\":\"a\\ud800b\"}|note|must not contain NUL characters or unpaired surrogates",
        "{\"note\":\"\\udc00\"}|note|must not contain NUL characters or unpaired surrogates",
        "{\"ids\":[\"ok\",\"x\\u0000\"]}|ids[1]|must not contain NUL characters or unpaired surrogates",
        "{\"note\":7}|note|has the wrong type or format",
        "{\"note\":false}|note|has the wrong type or format",
        "{\"outcome\":1}|outcome|has the wrong type or format",
        "{\"urgent\":\"true\"}|urgent|has the wrong type or format",
        "{\"urgent\":1}|urgent|has the wrong type or format",
    })
    void eachCoercionIsA400NamingTheField(String body, String field, String message) {
        Problem problem = problemFor(body);
        assertEquals(400, problem.status());
        assertEquals(List.of(new Violation(field, message)), problem.violations(), body);
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertEquals(400, problemFor("{\"note\":\"a\",\"note\":\"b\"}").status());
    }

    private static Problem problemFor(String body) {
        JsonProcessingException failure = assertThrows(JsonProcessingException.class,
                () -> STRICT.readValue(body, Request.class));
        return (Problem) new ProblemMappers().unreadableJson(failure).getEntity();
    }
}
