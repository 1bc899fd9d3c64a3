/**
 * The console's form for stopping a removal scheduled while the removal hold stands, and the
 * removal office's door for its manifests of scheduled removals.
 */
package org.outreach.hold.web;
