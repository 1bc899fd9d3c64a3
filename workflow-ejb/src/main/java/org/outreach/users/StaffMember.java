package org.outreach.users;

import java.util.Set;

/**
 * A logged-in staff member as services see them.
 *
 * @param consoleLanguage the console language they chose (ISO 639-1), or {@code null}: the
 *     browser's decides
 */
public record StaffMember(
    String username,
    String displayName,
    Set<String> roles,
    Set<String> teams,
    String consoleLanguage) {

  public StaffMember {
    roles = Set.copyOf(roles);
    teams = Set.copyOf(teams);
  }
}
