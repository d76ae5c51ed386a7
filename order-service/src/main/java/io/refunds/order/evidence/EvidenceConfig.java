package io.refunds.order.evidence;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;

/** Where evidence is stored and how large each kind may be. */
@ConfigMapping(prefix = "evidence")
public interface EvidenceConfig {

    /** A durable directory (a persistent volume in Kubernetes); files are named by their SHA-256. */
    Path storageDirectory();

    @WithDefault("10485760")
    long maxPhotoBytes();

    @WithDefault("104857600")
    long maxVideoBytes();
}
