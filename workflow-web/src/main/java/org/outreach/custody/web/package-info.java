/** The console's form for a custody review task. */
package org.outreach.custody.web;
