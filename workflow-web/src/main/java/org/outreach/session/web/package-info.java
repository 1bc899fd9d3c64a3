/** Login, logout and who is logged in. */
package org.outreach.session.web;
