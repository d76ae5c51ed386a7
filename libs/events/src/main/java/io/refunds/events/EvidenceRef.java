package io.refunds.events;

/**
 * A reference to a stored photo or video, with the SHA-256 of its bytes and (added within v1) its purpose: the
 * warehouse's QC baseline or the buyer's evidence; null on events of producers that predate it.
 */
public record EvidenceRef(String evidenceId, String contentType, String sha256, EvidencePurpose purpose) {

    /** A reference that says nothing of its purpose, as producers wrote it before {@code purpose}. */
    public EvidenceRef(String evidenceId, String contentType, String sha256) {
        this(evidenceId, contentType, sha256, null);
    }

    /** The same reference with {@code purpose} when it carried none. */
    public EvidenceRef withDefaultPurpose(EvidencePurpose fallback) {
        return purpose != null ? this : new EvidenceRef(evidenceId, contentType, sha256, fallback);
    }
}
