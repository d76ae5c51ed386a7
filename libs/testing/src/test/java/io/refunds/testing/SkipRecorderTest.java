package io.refunds.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Skipped suites are recorded with their reasons and listed at the end of the build; nothing is skipped silently. */
class SkipRecorderTest {

    @TempDir
    Path module;

    @Test
    void aSuiteSkippedByARequirementIsRecordedWithItsReasonAndAFullyRunOneIsNot() throws IOException {
        run(NeedsATool.class, Passes.class);

        Path records = module.resolve("target/test-skips");
        assertEquals(List.of("kubectl is not on the PATH — apt-get install kubectl"),
                Files.readAllLines(records.resolve(NeedsATool.class.getName() + ".txt")));
        assertFalse(Files.exists(records.resolve(Passes.class.getName() + ".txt")));
    }

    @Test
    void aDisabledTestIsRecordedToo() throws IOException {
        run(HasADisabledTest.class);

        assertEquals(List.of("not today"), Files.readAllLines(
                module.resolve("target/test-skips").resolve(HasADisabledTest.class.getName() + ".txt")));
    }

    @Test
    void aSuiteThatRunsAgainLosesItsOldRecord() throws IOException {
        Path stale = Files.createDirectories(module.resolve("target/test-skips"))
                .resolve(Passes.class.getName() + ".txt");
        Files.writeString(stale, "an old reason");

        run(Passes.class);

        assertFalse(Files.exists(stale));
    }

    @Test
    void theSummaryListsEveryRecordOfThisBuildWithItsModule(@TempDir Path root) throws IOException {
        Path k8s = Files.createDirectories(root.resolve("deploy/k8s/target/test-skips"));
        Files.writeString(k8s.resolve("io.refunds.k8s.RenderTest.txt"), "kubectl is not on the PATH — install it\n");
        Path old = Files.createDirectories(root.resolve("libs/events/target/test-skips")).resolve("io.Old.txt");
        Files.writeString(old, "from an earlier build\n");
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.createDirectories(root.resolve("deploy/local/target/e2e-1/target/test-skips"));
        Files.writeString(root.resolve("deploy/local/target/e2e-1/target/test-skips/io.Data.txt"), "not a record\n");

        assertEquals(List.of("deploy/k8s io.refunds.k8s.RenderTest: kubectl is not on the PATH — install it"),
                SkipSummary.lines(root, Instant.parse("2021-01-01T00:00:00Z")));
        assertEquals(2, SkipSummary.lines(root, Instant.EPOCH).size());
    }

    private void run(Class<?>... suites) throws IOException {
        Files.createDirectories(module.resolve("target"));
        // Only the recorder under test: the one registered for this JVM must not record the fixtures' skips.
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestExecutionListenerAutoRegistration(false)
                .addTestExecutionListeners(new SkipRecorder(module.resolve("target/test-skips"), false))
                .build());
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (Class<?> suite : suites) {
            request.selectors(selectClass(suite));
        }
        launcher.execute(request.build());
    }

    /** A fixture suite whose tool is missing (never on a CI run, which would fail it instead of skipping). */
    static class NeedsATool {

        @BeforeAll
        static void requireTheTool() {
            Requirements.require(false, "kubectl is not on the PATH", "apt-get install kubectl", null);
        }

        @Test
        void rendersTheManifests() {
            assertTrue(false, "never runs");
        }
    }

    /** A fixture suite that runs in full. */
    static class Passes {

        @Test
        void passes() {
            assertTrue(true);
        }
    }

    /** A fixture suite with one disabled test. */
    static class HasADisabledTest {

        @Test
        @Disabled("not today")
        void later() {
            assertTrue(false, "never runs");
        }
    }
}
