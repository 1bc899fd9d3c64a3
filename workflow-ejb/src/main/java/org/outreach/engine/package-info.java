/** The embedded process engine: its boot, its shutdown, and the only door to its services. */
package org.outreach.engine;
