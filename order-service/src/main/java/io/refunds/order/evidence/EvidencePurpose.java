package io.refunds.order.evidence;

/** Why a file was uploaded. */
public enum EvidencePurpose {
    /** A party's photo or video about a case. */
    CASE_EVIDENCE,
    /** The agent's warehouse photographed the item at stock-in, before it left China. */
    QC_PHOTO
}
