package io.refunds.k8s;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the CRDs are found: the folder named by K8S_CRDS_DIR or -Dk8s.crds.dir, else shared/k8s-crds beside the clone. */
class RepoTest {

    @TempDir
    Path dir;

    @Test
    void aNamedFolderIsTakenAndThePropertyWinsOverTheVariable() throws IOException {
        Path named = crds(dir.resolve("named"));
        assertEquals(named, Repo.crds(named.toString(), dir.resolve("elsewhere").toString(), dir.resolve("clone")));
        assertEquals(named, Repo.crds(" ", named.toString(), dir.resolve("clone")));
    }

    @Test
    void aNamedFolderWithoutTheCrdsFailsNamingIt() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IllegalStateException failed = assertThrows(IllegalStateException.class,
                () -> Repo.crds(null, empty.toString(), dir.resolve("clone")));
        assertTrue(failed.getMessage().contains(empty.toString()) && failed.getMessage().contains("K8S_CRDS_DIR"),
                failed.getMessage());
    }

    @Test
    void otherwiseTheSharedFolderBesideTheCloneIsTaken() throws IOException {
        Path beside = crds(dir.resolve("shared/k8s-crds"));
        assertEquals(beside, Repo.crds(null, null, Files.createDirectories(dir.resolve("clone"))));
    }

    @Test
    void withNeitherTheSuiteIsSkippedOrUnderCiFailedSayingWhatToSet() throws IOException {
        Path clone = Files.createDirectories(dir.resolve("clone"));
        Exception stopped = assertThrows(Exception.class, () -> Repo.crds(null, "", clone));
        assertTrue(stopped.getMessage().contains(dir.resolve("shared/k8s-crds").toString())
                && stopped.getMessage().contains("set K8S_CRDS_DIR or -Dk8s.crds.dir"), stopped.getMessage());
    }

    private static Path crds(Path folder) throws IOException {
        for (String operator : new String[] {"strimzi", "cloudnative-pg", "gateway-api"}) {
            Files.createDirectories(folder.resolve(operator));
        }
        return folder;
    }
}
