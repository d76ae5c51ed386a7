package io.refunds.order.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An order the agent platform registered for a buyer. */
@Entity
@Table(name = "purchase_order")
public class PurchaseOrder {

    @Id
    public String id;

    @Column(name = "buyer_id", nullable = false)
    public String buyerId;

    @Column(name = "registered_at", nullable = false)
    public Instant registeredAt;
}
