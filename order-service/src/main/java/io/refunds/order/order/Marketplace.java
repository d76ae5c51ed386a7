package io.refunds.order.order;

/**
 * The Chinese marketplaces the agent buys on, whose sellers never log in here: a case on such an item gets a refund
 * filed on the marketplace (messaging-service's upstream refund).
 */
public enum Marketplace { TAOBAO, TMALL, ALIBABA_1688, WEIDIAN }
