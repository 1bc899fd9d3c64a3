package org.outreach.users;

/** What a staff member may do; the names are the roles the web and EJB tiers check. */
public enum Role {
  CASEWORKER("caseworker"),
  SUPERVISOR("supervisor"),
  ADMIN("admin"),
  /**
   * The removal office: sends manifests of scheduled removals and reads which people are held; sees
   * nothing else.
   */
  REMOVAL_OFFICE("removal-office");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }
}
