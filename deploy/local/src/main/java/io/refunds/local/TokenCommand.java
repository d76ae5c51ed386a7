package io.refunds.local;

import io.refunds.testing.DevTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@code deploy/local/token ROLE USER_ID}: prints a bearer token the local run's services accept. */
public final class TokenCommand {

    private static final Logger OUT = LoggerFactory.getLogger("token");
    private static final Set<String> ROLES = Set.of("buyer", "seller", "agent", "supervisor", "platform");

    private TokenCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !ROLES.contains(args[0])) {
            OUT.error("usage: deploy/local/token ROLE USER_ID   (ROLE: buyer, seller, agent, supervisor, platform)");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("refunds.repository.root", ".")).toAbsolutePath().normalize();
        Path keys = PlatformSettings.forLocalRun(root).dataDirectory().resolve("keys");
        if (!Files.exists(keys.resolve("private.pem"))) {
            OUT.error("no key pair in {}: start the platform first (deploy/local/run)", keys);
            System.exit(1);
        }
        OUT.info(DevTokens.inDirectory(keys).token(args[0], args[1]));
    }
}
