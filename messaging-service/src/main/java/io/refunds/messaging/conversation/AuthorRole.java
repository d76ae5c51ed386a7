package io.refunds.messaging.conversation;

/** Who wrote a message. */
public enum AuthorRole { BUYER, SELLER, AGENT, SYSTEM }
