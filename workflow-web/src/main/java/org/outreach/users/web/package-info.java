/** The administrators' pages about staff accounts. */
package org.outreach.users.web;
