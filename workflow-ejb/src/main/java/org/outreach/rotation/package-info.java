/** A data-key rotation's re-encryption across every capability that stores encrypted values. */
package org.outreach.rotation;
