package io.refunds.messaging.offer;

/** Where an offer stands; one OPEN offer per conversation at a time. */
public enum OfferStatus { OPEN, ACCEPTED, REJECTED, WITHDRAWN }
