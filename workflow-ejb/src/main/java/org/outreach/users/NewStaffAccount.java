package org.outreach.users;

import java.util.Set;

/** What an administrator gives to create an account. The password is cleared after use. */
public record NewStaffAccount(
    String username, String displayName, char[] password, Set<Role> roles, Set<String> teams) {}
