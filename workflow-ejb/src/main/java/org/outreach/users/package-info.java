/** Staff accounts: who may log in, with which roles, working in which teams. */
package org.outreach.users;
