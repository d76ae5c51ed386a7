package io.refunds.messaging.negotiation;

/** Where an offer stands; one OPEN offer per conversation at a time. */
public enum OfferStatus { OPEN, ACCEPTED, REJECTED, WITHDRAWN }
