package org.outreach.cluster;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.outreach.access.SystemIdentity;
import org.outreach.access.SystemService;

/**
 * Leases on work that must run once per cluster: a server takes or renews a lease each time before
 * it does the work, and does it only when it holds the lease. A lease held by another server passes
 * only once it has run out, so the holder renews it at every round, for a time well beyond the
 * round's own. A lease held by this server's node counts as this server's, whatever life took it:
 * after a restart the work goes on at once, and a node's own rounds take turns through their own
 * locks. One statement per take, in a transaction of its own: the database decides between two
 * servers taking one lease at once.
 */
@Stateless
@SystemService
@RolesAllowed(SystemIdentity.ROLE)
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class Leases {

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /**
   * Takes or renews the lease for this server, for {@code length} from now.
   *
   * @return whether this server holds it now; false while another server's has not run out
   */
  public boolean hold(String name, Duration length) {
    Objects.requireNonNull(name, "name");
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    int taken =
        entityManager
            .createQuery(
                "UPDATE ClusterLease l SET l.node = :node, l.life = :life, l.heldUntil = :until"
                    + " WHERE l.name = :name AND (l.node = :node OR l.heldUntil < :now)")
            .setParameter("node", ServerLife.node())
            .setParameter("life", ServerLife.life())
            .setParameter("until", now.plus(length))
            .setParameter("name", name)
            .setParameter("now", now)
            .executeUpdate();
    if (taken == 1) {
      return true;
    }
    if (entityManager.find(ClusterLease.class, name) != null) {
      return false;
    }
    // a lease no server took yet: the first to write it holds it (the key refuses a second)
    entityManager.persist(
        new ClusterLease(name, ServerLife.node(), ServerLife.life(), now.plus(length)));
    entityManager.flush();
    return true;
  }
}
