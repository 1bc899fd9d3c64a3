/** The rules of typed text shared by every door that takes it. */
package org.outreach.text;
