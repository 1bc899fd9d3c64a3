package org.outreach.cluster;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A piece of work that runs on one server at a time: who holds it, and until when. */
@Entity
@Table(name = "cluster_lease")
class ClusterLease {

  @Id
  @Column(length = 64)
  private String name;

  @Column(nullable = false, length = 200)
  private String node;

  @Column(nullable = false, length = 64)
  private String life;

  @Column(name = "held_until", nullable = false)
  private OffsetDateTime heldUntil;

  protected ClusterLease() {}

  ClusterLease(String name, String node, String life, OffsetDateTime heldUntil) {
    this.name = name;
    this.node = node;
    this.life = life;
    this.heldUntil = heldUntil;
  }
}
