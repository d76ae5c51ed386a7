package io.refunds.local;

import io.refunds.testing.DevTokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code deploy/local/token ROLE USER_ID}: prints a bearer token the local run's services accept; typed at a terminal,
 * also how to use it on the gateway (to the error stream, so {@code $(deploy/local/token …)} takes the token alone).
 */
public final class TokenCommand {

    private static final Logger OUT = LoggerFactory.getLogger("token");
    private static final Set<String> ROLES = Set.of("buyer", "seller", "agent", "supervisor", "platform");

    private TokenCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 || !ROLES.contains(args[0])) {
            OUT.error("usage: deploy/local/token ROLE USER_ID   (ROLE: buyer, seller, agent, supervisor, platform); "
                    + "then curl -H \"Authorization: Bearer $(deploy/local/token buyer b-1)\" localhost:8080/api/cases");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("refunds.repository.root", ".")).toAbsolutePath().normalize();
        PlatformSettings settings = PlatformSettings.forLocalRun(root);
        Path keys = settings.dataDirectory().resolve("keys");
        if (!Files.exists(keys.resolve("private.pem"))) {
            OUT.error("no key pair in {}: start the platform first (deploy/local/run)", keys);
            System.exit(1);
        }
        OUT.info(DevTokens.inDirectory(keys).token(args[0], args[1]));
        if (System.console() != null) {
            System.err.println("Use it through the gateway: curl -H \"Authorization: Bearer $(deploy/local/token "
                    + args[0] + " " + args[1] + ")\" " + settings.gatewayUrl() + "/api/...");
        }
    }
}
