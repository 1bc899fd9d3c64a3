package org.outreach.cluster;

import java.util.UUID;

/**
 * This server among the servers that share the database: its node name ({@code jboss.node.name},
 * which a cluster sets per node) and the id of its current life, new at every start or deployment
 * of the application, so that a server that restarts knows what its earlier life held for dead at
 * once instead of waiting for it to run out.
 */
public final class ServerLife {

  private static final String NODE = System.getProperty("jboss.node.name", "outreach");

  private static final String LIFE = UUID.randomUUID().toString();

  /** This life: the node name, a slash, and an id drawn when the application was loaded. */
  public static final String CURRENT = NODE + "/" + LIFE;

  private ServerLife() {}

  /** This server's node name. */
  public static String node() {
    return NODE;
  }

  /** The id of this life of the server. */
  public static String life() {
    return LIFE;
  }

  /** Whether the holder names an earlier life of this server (its node name, another id). */
  public static boolean isEarlierLife(String holder) {
    return holder.startsWith(NODE + "/") && !holder.equals(CURRENT);
  }
}
