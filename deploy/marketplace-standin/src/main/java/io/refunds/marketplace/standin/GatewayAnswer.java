package io.refunds.marketplace.standin;

/** One answer of the gateway (always HTTP 200, as Taobao's): its JSON body, and whether to deliver it too late. */
record GatewayAnswer(Object body, boolean slow) {
}
