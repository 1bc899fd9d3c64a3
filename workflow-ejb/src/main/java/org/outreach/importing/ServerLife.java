package org.outreach.importing;

import java.util.UUID;

/**
 * This server among the servers that share the database: its node name ({@code jboss.node.name},
 * which a cluster sets per node) and the id of its current life, new at every start or deployment
 * of the application, so that a server that restarts knows the runs of its earlier life for dead at
 * once instead of waiting for their lease.
 */
final class ServerLife {

  private static final String NODE = System.getProperty("jboss.node.name", "outreach");

  /** This life: the node name, a slash, and an id drawn when the application was loaded. */
  static final String CURRENT = NODE + "/" + UUID.randomUUID();

  private ServerLife() {}

  /** Whether the holder names an earlier life of this server (its node name, another id). */
  static boolean isEarlierLife(String holder) {
    return holder.startsWith(NODE + "/") && !holder.equals(CURRENT);
  }
}
