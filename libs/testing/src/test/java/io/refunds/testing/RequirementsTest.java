package io.refunds.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/** A missing outside tool skips a suite with what is missing and how to get it; under CI=true the same message fails it. */
class RequirementsTest {

    @Test
    void aMetRequirementNeitherSkipsNorFails() {
        assertDoesNotThrow(() -> Requirements.require(true, "chromium", "apt-get install chromium", "true"));
    }

    @Test
    void aMissingToolSkipsNamingWhatIsMissingAndHowToGetIt() {
        TestAbortedException skipped = assertThrows(TestAbortedException.class,
                () -> Requirements.require(false, "chromium is not installed", "apt-get install chromium", null));
        assertTrue(skipped.getMessage().contains("chromium is not installed — apt-get install chromium"),
                skipped.getMessage());
    }

    @Test
    void underCiTheSameMessageFails() {
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> Requirements.require(false, "chromium is not installed", "apt-get install chromium", "true"));
        assertTrue(failed.getMessage().startsWith("CI=true, so nothing may be skipped: "), failed.getMessage());
        assertTrue(failed.getMessage().endsWith("chromium is not installed — apt-get install chromium"),
                failed.getMessage());
    }

    @Test
    void onlyTheValueTrueMeansCi() {
        assertTrue(Requirements.onCi("true") && Requirements.onCi("TRUE "));
        assertEquals(false, Requirements.onCi(null) || Requirements.onCi("") || Requirements.onCi("false")
                || Requirements.onCi("1"));
    }

    @Test
    void anExecutableIsFoundInTheFirstFolderOfThePathThatHasIt(@TempDir Path dir) throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path tool = Files.createFile(bin.resolve("kubectl"));
        assertTrue(tool.toFile().setExecutable(true));
        Files.createFile(bin.resolve("not-executable"));
        String path = empty + File.pathSeparator + bin;
        assertEquals(Optional.of(tool), Requirements.findOn(path, "kubectl"));
        assertEquals(Optional.empty(), Requirements.findOn(path, "not-executable"));
        assertEquals(Optional.empty(), Requirements.findOn(path, "chromium"));
    }
}
