package io.refunds.local.reliability;

import io.refunds.local.LocalPlatform;
import io.refunds.local.PlatformSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One packaged platform for the tests that do not break it (poison messages, authorization, fuzzing), started
 * once per test JVM and stopped when JUnit ends the run.
 */
final class SharedPlatform implements ExtensionContext.Store.CloseableResource, AutoCloseable {

    private static SharedPlatform instance;

    final LocalPlatform platform;
    final Path root;

    private SharedPlatform(LocalPlatform platform, Path root) {
        this.platform = platform;
        this.root = root;
    }

    static synchronized SharedPlatform get(ExtensionContext context) throws Exception {
        if (instance == null) {
            Path root = Path.of(System.getProperty("refunds.repository.root", "../..")).toAbsolutePath().normalize();
            Path data = Files.createDirectories(root.resolve("deploy/local/target/shared-" + UUID.randomUUID()));
            instance = new SharedPlatform(LocalPlatform.start(PlatformSettings.forTest(root, data,
                    Duration.ofSeconds(3))), root);
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedPlatform.class, instance);
        }
        return instance;
    }

    @Override
    public synchronized void close() {
        platform.close();
        instance = null;
    }
}
