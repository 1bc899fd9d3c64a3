/** Encryption of personal fields at rest and blind indexes for exact lookups, on the JDK alone. */
package org.outreach.privacy;
