/**
 * Encryption of personal fields at rest, blind indexes for exact lookups, and the contract by which
 * each capability erases its personal data of a closed case; on the JDK alone.
 */
package org.outreach.privacy;
