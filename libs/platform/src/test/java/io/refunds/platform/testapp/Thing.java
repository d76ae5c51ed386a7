package io.refunds.platform.testapp;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.UUID;

/** What the test application's idempotent resource creates (and Hibernate Reactive's one entity here). */
@Entity
public class Thing extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "idem_key")
    public String idemKey;

    public String value;
}
