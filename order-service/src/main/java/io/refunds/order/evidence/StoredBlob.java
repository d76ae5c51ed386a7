package io.refunds.order.evidence;

/** A file safely in the store: its detected type, kind, size and SHA-256. */
public record StoredBlob(String contentType, MediaKind kind, long sizeBytes, String sha256) {
}
