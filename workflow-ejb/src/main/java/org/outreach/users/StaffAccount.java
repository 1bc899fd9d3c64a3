package org.outreach.users;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/** A staff member's login. The server's security realm reads the same rows to authenticate. */
@Entity
@Table(name = "app_user")
public class StaffAccount {

  @Id
  @Column(length = 64)
  private String username;

  @Column(name = "display_name", nullable = false, length = 200)
  private String displayName;

  @Column(name = "password_hash", nullable = false, length = 100)
  private String passwordHash;

  @Column(nullable = false)
  private boolean enabled;

  @Column(nullable = false, updatable = false)
  private boolean demo;

  @Column(name = "created_at", nullable = false, updatable = false)
  private OffsetDateTime createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_role", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "role_name", length = 32)
  private Set<String> roles = new HashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "app_user_team", joinColumns = @JoinColumn(name = "username"))
  @Column(name = "team", length = 64)
  private Set<String> teams = new HashSet<>();

  @Column(name = "console_language", length = 8)
  private String consoleLanguage;

  @Column(name = "must_change_password", nullable = false)
  private boolean mustChangePassword;

  /**
   * Raised whenever an administrator takes the account's access away (a password reset, the account
   * disabled): a console session started under an earlier value ends at its next request.
   */
  @Column(name = "session_generation", nullable = false)
  private long sessionGeneration;

  @Version private long version;

  protected StaffAccount() {}

  StaffAccount(
      String username,
      String displayName,
      String passwordHash,
      Set<Role> roles,
      Set<String> teams,
      boolean demo,
      OffsetDateTime createdAt) {
    this.username = Objects.requireNonNull(username);
    this.displayName = Objects.requireNonNull(displayName);
    this.passwordHash = Objects.requireNonNull(passwordHash);
    roles.forEach(role -> this.roles.add(role.roleName()));
    this.teams.addAll(teams);
    this.demo = demo;
    this.enabled = true;
    this.createdAt = Objects.requireNonNull(createdAt);
  }

  /** A password set by an administrator: temporary, to be changed at the next login. */
  void resetPassword(String temporaryHash) {
    this.passwordHash = temporaryHash;
    this.mustChangePassword = true;
    sessionGeneration++;
  }

  /** The holder's own password. */
  void changePassword(String newHash) {
    this.passwordHash = newHash;
    this.mustChangePassword = false;
  }

  boolean mustChangePassword() {
    return mustChangePassword;
  }

  void disable() {
    enabled = false;
    sessionGeneration++;
  }

  long sessionGeneration() {
    return sessionGeneration;
  }

  void enable() {
    enabled = true;
  }

  OffsetDateTime createdAt() {
    return createdAt;
  }

  /** The console language chosen, or {@code null} for the browser's. */
  void chooseConsoleLanguage(String language) {
    this.consoleLanguage = language;
  }

  public String consoleLanguage() {
    return consoleLanguage;
  }

  public String username() {
    return username;
  }

  public String displayName() {
    return displayName;
  }

  public boolean enabled() {
    return enabled;
  }

  public boolean demo() {
    return demo;
  }

  String passwordHash() {
    return passwordHash;
  }

  public Set<String> roles() {
    return Collections.unmodifiableSet(roles);
  }

  public Set<String> teams() {
    return Collections.unmodifiableSet(teams);
  }
}
