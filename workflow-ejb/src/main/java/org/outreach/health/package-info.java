/** Whether the server can do its work: database reachable, engine and job executor running. */
package org.outreach.health;
