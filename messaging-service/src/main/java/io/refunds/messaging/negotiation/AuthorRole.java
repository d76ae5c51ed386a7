package io.refunds.messaging.negotiation;

/** Who wrote a message. */
public enum AuthorRole { BUYER, SELLER, AGENT, SYSTEM }
