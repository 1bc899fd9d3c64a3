/**
 * Court access: the filing deadline counted from the proven notice, its reminder and the filing.
 */
package org.outreach.court;
