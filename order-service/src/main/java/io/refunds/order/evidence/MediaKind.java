package io.refunds.order.evidence;

import java.util.Map;
import java.util.Optional;

/** The media the platform accepts, recognised from the bytes, never from the file name. */
public enum MediaKind {
    PHOTO,
    VIDEO;

    private static final Map<String, MediaKind> ACCEPTED = Map.of(
            "image/jpeg", PHOTO,
            "image/png", PHOTO,
            "image/webp", PHOTO,
            "video/mp4", VIDEO,
            "video/quicktime", VIDEO);

    public static Optional<MediaKind> of(String contentType) {
        return Optional.ofNullable(ACCEPTED.get(contentType));
    }
}
