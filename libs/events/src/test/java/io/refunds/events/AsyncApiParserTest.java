package io.refunds.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The AsyncAPI parser (npm {@code @asyncapi/parser}, installed by {@code npm ci}) accepts the document. */
class AsyncApiParserTest {

    private static final Path RESOURCES = Path.of("src", "main", "resources");

    @Test
    void theDocumentAndTheSchemasItReferencesAreValid() throws Exception {
        Result result = validate(RESOURCES.resolve("asyncapi.yaml"));
        assertEquals(0, result.exitCode(), result.output());
        assertTrue(result.output().contains("VALID: " + EventType.values().length + " channels"), result.output());
    }

    @Test
    void theParserRefusesABrokenDocument() throws Exception {
        Path copy = Files.createDirectories(Path.of("target", "asyncapi-broken"));
        copySchemas(copy.resolve("schemas"));
        String broken = Files.readString(RESOURCES.resolve("asyncapi.yaml"))
                .replaceFirst("action: send", "action: publish");
        Files.writeString(copy.resolve("asyncapi.yaml"), broken);
        Result result = validate(copy.resolve("asyncapi.yaml"));
        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("action"), result.output());
    }

    private static void copySchemas(Path target) throws IOException {
        Files.createDirectories(target);
        try (Stream<Path> schemas = Files.list(RESOURCES.resolve("schemas"))) {
            for (Path schema : schemas.toList()) {
                Files.copy(schema, target.resolve(schema.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Result validate(Path document) throws Exception {
        Process process = new ProcessBuilder("node", "src/test/node/validate-asyncapi.mjs", document.toString())
                .redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the parser finished");
        return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private record Result(int exitCode, String output) {
    }
}
