package io.refunds.order.evidence;

import io.refunds.platform.problem.ApiException;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.apache.tika.Tika;

/**
 * Durable, content-addressed storage of evidence files on disk: the type is detected from the bytes, the
 * size checked per kind, the file hashed while copied, flushed to disk, then moved into place atomically.
 * Blocking: call it from a worker thread.
 */
@ApplicationScoped
public class BlobStore {

    private final EvidenceConfig config;
    private final Tika tika = new Tika();

    public BlobStore(EvidenceConfig config) {
        this.config = config;
    }

    /** Stores the uploaded file if it is an accepted photo or video within its size limit. */
    public StoredBlob ingest(Path upload, List<MediaKind> accepted) {
        try {
            String contentType = detect(upload);
            MediaKind kind = MediaKind.of(contentType)
                    .filter(accepted::contains)
                    .orElseThrow(() -> new ApiException(415, "Unsupported media type",
                            "file must be " + describe(accepted) + "; its bytes say " + contentType, List.of()));
            long size = Files.size(upload);
            long limit = kind == MediaKind.PHOTO ? config.maxPhotoBytes() : config.maxVideoBytes();
            if (size > limit) {
                throw new ApiException(413, "Payload too large",
                        "file of " + size + " bytes exceeds the " + kind.name().toLowerCase() + " limit of " + limit,
                        List.of());
            }
            if (size == 0) {
                throw ApiException.invalid("file", "must not be empty");
            }
            return new StoredBlob(contentType, kind, size, copyIntoStore(upload));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path pathOf(String sha256) {
        return config.storageDirectory().resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    /**
     * Tika names ISO base media files by brand and knows only mp41/mp42 as MP4; the common {@code isom},
     * {@code avc1} or {@code M4V} brands fall back to QuickTime. Only the {@code qt} brand is QuickTime.
     */
    private String detect(Path upload) throws IOException {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(upload))) {
            in.mark(16);
            byte[] head = in.readNBytes(12);
            in.reset();
            String detected = tika.detect(in);
            boolean isoMedia = head.length == 12 && "ftyp".equals(new String(head, 4, 4, StandardCharsets.US_ASCII));
            if ("video/quicktime".equals(detected) && isoMedia
                    && !"qt  ".equals(new String(head, 8, 4, StandardCharsets.US_ASCII))) {
                return "video/mp4";
            }
            return detected;
        }
    }

    private String copyIntoStore(Path upload) throws IOException {
        Files.createDirectories(config.storageDirectory());
        Path temporary = config.storageDirectory().resolve("incoming-" + UUID.randomUUID());
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(upload), digest);
                OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW)) {
            in.transferTo(out);
        }
        try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        String sha256 = HexFormat.of().formatHex(digest.digest());
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(temporary);
        } else {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        }
        return sha256;
    }

    private static String describe(List<MediaKind> accepted) {
        return accepted.contains(MediaKind.VIDEO) ? "a photo (jpeg, png, webp) or a video (mp4, mov)"
                : "a photo (jpeg, png, webp)";
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
