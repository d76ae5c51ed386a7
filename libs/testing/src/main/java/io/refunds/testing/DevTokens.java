package io.refunds.testing;

import io.smallrye.jwt.build.Jwt;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;

/** Signs development bearer tokens with a key pair made at start; no key is ever committed. */
public final class DevTokens {

    public static final String ISSUER = "refunds-platform";
    private static DevTokens perJvm;

    private final KeyPair keys;

    private DevTokens(KeyPair keys) {
        this.keys = keys;
    }

    /** The key pair of this test JVM, made on first use. */
    public static synchronized DevTokens forThisJvm() {
        if (perJvm == null) {
            perJvm = new DevTokens(generate());
        }
        return perJvm;
    }

    /** Reads the pair the local run wrote, or makes and writes one when none is there yet. */
    public static DevTokens inDirectory(Path directory) throws IOException {
        Path privateKey = directory.resolve("private.pem");
        Path publicKey = directory.resolve("public.pem");
        if (!Files.exists(privateKey) || !Files.exists(publicKey)) {
            DevTokens fresh = new DevTokens(generate());
            Files.createDirectories(directory);
            Files.writeString(privateKey, pem("PRIVATE KEY", fresh.keys.getPrivate().getEncoded()));
            Files.writeString(publicKey, fresh.publicKeyPem());
            return fresh;
        }
        return new DevTokens(new KeyPair(readPublic(publicKey), readPrivate(privateKey)));
    }

    /** A token for {@code userId} in group {@code role}, valid for 12 hours. */
    public String token(String role, String userId) {
        return token(role, userId, Duration.ofHours(12));
    }

    public String token(String role, String userId, Duration validFor) {
        return Jwt.issuer(ISSUER)
                .subject(userId)
                .groups(Set.of(role))
                .expiresIn(validFor)
                .jws().keyId("dev")
                .sign(keys.getPrivate());
    }

    public String publicKeyPem() {
        return pem("PUBLIC KEY", keys.getPublic().getEncoded());
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key pair", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(Path pemFile) throws IOException {
        String body = Files.readString(pemFile).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }

    private static PublicKey readPublic(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IOException("unreadable public key " + file, e);
        }
    }

    private static PrivateKey readPrivate(Path file) throws IOException {
        try {
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der(file)));
        } catch (GeneralSecurityException e) {
            throw new IOException("unreadable private key " + file, e);
        }
    }
}
