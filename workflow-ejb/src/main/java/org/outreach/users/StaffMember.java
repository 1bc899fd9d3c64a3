package org.outreach.users;

import java.util.Set;

/** A logged-in staff member as services see them. */
public record StaffMember(
    String username, String displayName, Set<String> roles, Set<String> teams) {}
