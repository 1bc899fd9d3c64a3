package org.outreach.registry;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A person's countable traits as the registry publishes them for aggregates kept elsewhere (the
 * view {@code person_population}, V61): where they are and, if removed, when. Read-only, plain
 * values only; other capabilities' queries join it by {@code personId} to count their own rows by
 * population (the campaign funnel), never to read a person.
 */
@Entity
@Table(name = "person_population")
class PersonPopulation {

  @Id
  @Column(name = "person_id", insertable = false, updatable = false)
  private UUID personId;

  @Enumerated(EnumType.STRING)
  @Column(name = "custody_status", insertable = false, updatable = false)
  private CustodyStatus custodyStatus;

  @Enumerated(EnumType.STRING)
  @Column(name = "removal_timing", insertable = false, updatable = false)
  private RemovalTiming removalTiming;

  protected PersonPopulation() {}
}
