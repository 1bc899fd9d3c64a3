/**
 * Versioned schema of the application's own tables, applied on start (the engine owns its own), and
 * the lock that lets several servers start together on one database.
 */
package org.outreach.migration;
