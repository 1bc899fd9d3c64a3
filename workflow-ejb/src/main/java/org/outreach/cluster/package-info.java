/**
 * What the servers sharing one database need to know of one another: which server this is ({@link
 * org.outreach.cluster.ServerLife}), and leases ({@link org.outreach.cluster.Leases}) through which
 * work that must run once per cluster (the outbox's rounds, the bounce mailbox, the nightly
 * retention sweep) runs on one server at a time and passes to another when its holder falls silent.
 */
package org.outreach.cluster;
