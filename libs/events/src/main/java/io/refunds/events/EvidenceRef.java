package io.refunds.events;

/** A reference to a stored photo or video, with the SHA-256 of its bytes. */
public record EvidenceRef(String evidenceId, String contentType, String sha256) {
}
