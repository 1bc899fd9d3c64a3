package org.outreach.users;

/** What a staff member may do; the names are the roles the web and EJB tiers check. */
public enum Role {
  CASEWORKER("caseworker"),
  SUPERVISOR("supervisor"),
  ADMIN("admin");

  private final String roleName;

  Role(String roleName) {
    this.roleName = roleName;
  }

  public String roleName() {
    return roleName;
  }
}
