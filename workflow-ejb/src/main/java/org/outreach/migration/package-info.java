/** Versioned schema of the application's own tables, applied on start (the engine owns its own). */
package org.outreach.migration;
