/** Who may reach what: markers and rules shared by every capability's services. */
package org.outreach.access;
