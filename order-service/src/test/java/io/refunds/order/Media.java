package io.refunds.order;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Random;
import javax.imageio.ImageIO;

/** Real media bytes for upload tests: images drawn here, a minimal MP4 and QuickTime header. */
final class Media {

    private Media() {
    }

    /** A PNG of noise; more pixels, more bytes (noise does not compress). */
    static byte[] png(int side) {
        return image(side, "png");
    }

    static byte[] jpeg(int side) {
        return image(side, "jpg");
    }

    /** The start of an ISO base media file: an {@code ftyp} box with brand isom, then a free box. */
    static byte[] mp4() {
        return videoHeader("isom");
    }

    static byte[] quickTime() {
        return videoHeader("qt  ");
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] videoHeader(String brand) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes(("ftyp" + brand).getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        out.writeBytes((brand + "mp41").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 0, 0x10});
        out.writeBytes("free".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[8]);
        return out.toByteArray();
    }

    private static byte[] image(int side, String format) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(side);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, random.nextInt(0xFFFFFF));
            }
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
