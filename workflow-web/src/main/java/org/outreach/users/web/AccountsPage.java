package org.outreach.users.web;

import jakarta.ejb.EJB;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.outreach.processes.Teams;
import org.outreach.users.InvalidAccountException;
import org.outreach.users.NewStaffAccount;
import org.outreach.users.Role;
import org.outreach.users.SignIns;
import org.outreach.users.UserAdministration;
import org.outreach.users.UserAdministration.AccountView;
import org.outreach.web.ConsoleDateTimes;
import org.outreach.web.ConsoleTexts;

/**
 * Backs {@code admin/accounts.xhtml}: the staff accounts, a form to create one (each broken rule
 * said beside its field, in the administrator's language) and disabling or enabling an account. The
 * password typed is kept only until the form is sent and is never shown again.
 */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The client id of each form field, by the field a rule names. */
  private static final String FORM = "account:";

  @EJB private UserAdministration administration;
  @EJB private SignIns signIns;

  private List<AccountView> accounts;
  private Map<String, String> lockedUntil;
  private String username;
  private String displayName;
  private String role = Role.CASEWORKER.name();
  private List<String> teams = new ArrayList<>();
  private String password;
  private String passwordAgain;

  public List<AccountView> getAccounts() {
    if (accounts == null) {
      accounts = administration.accounts();
      lockedUntil = new HashMap<>();
      signIns
          .lockedAccounts()
          .forEach(
              (account, until) ->
                  lockedUntil.put(account, ConsoleDateTimes.shown(until, locale())));
    }
    return accounts;
  }

  /** When the account's sign-in lock ends, somewhere or everywhere, as shown; null if none. */
  public String lockedUntil(String account) {
    getAccounts();
    return lockedUntil.get(account);
  }

  /** Forgives the account's failed logins: it can log in again from anywhere at once. */
  public void unlock(String account) {
    try {
      signIns.unlock(account);
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, "accounts.unlocked", account);
    } catch (InvalidAccountException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "accounts.rule." + e.rule());
    }
    accounts = null;
  }

  private static Locale locale() {
    return FacesContext.getCurrentInstance().getViewRoot().getLocale();
  }

  /** Creates the account, or says beside each field what is wrong. */
  public void create() {
    if (password == null || !password.equals(passwordAgain)) {
      ConsoleTexts.sayAt(FORM + "passwordAgain", ConsoleTexts.ADMIN, "accounts.rule.passwordAgain");
      clearPasswords();
      return;
    }
    try {
      administration.create(
          new NewStaffAccount(
              username == null ? null : username.strip(),
              displayName,
              password.toCharArray(),
              roles(),
              Set.copyOf(new HashSet<>(teams))));
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, "accounts.created", username);
      username = null;
      displayName = null;
      teams = new ArrayList<>();
      role = Role.CASEWORKER.name();
      accounts = null;
    } catch (InvalidAccountException e) {
      ConsoleTexts.sayAt(FORM + field(e), ConsoleTexts.ADMIN, "accounts.rule." + e.rule());
    } finally {
      clearPasswords();
    }
  }

  /**
   * Gives the account a temporary password and shows it once, for the administrator to pass on in
   * person; its holder must choose their own at the next login.
   */
  public void resetPassword(String account) {
    try {
      char[] temporary = administration.resetPassword(account);
      ConsoleTexts.say(
          FacesMessage.SEVERITY_INFO,
          ConsoleTexts.ADMIN,
          "accounts.passwordReset",
          account,
          new String(temporary));
      java.util.Arrays.fill(temporary, '\0');
    } catch (InvalidAccountException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "accounts.rule." + e.rule());
    }
    accounts = null;
  }

  public void disable(String account) {
    change(account, false, "accounts.disabled");
  }

  public void enable(String account) {
    change(account, true, "accounts.enabled");
  }

  private void change(String account, boolean enabled, String done) {
    try {
      administration.setEnabled(account, enabled);
      ConsoleTexts.say(FacesMessage.SEVERITY_INFO, ConsoleTexts.ADMIN, done, account);
    } catch (InvalidAccountException e) {
      ConsoleTexts.say(FacesMessage.SEVERITY_WARN, ConsoleTexts.ADMIN, "accounts.rule." + e.rule());
    }
    accounts = null;
  }

  private Set<Role> roles() {
    try {
      return role == null ? Set.of() : EnumSet.of(Role.valueOf(role));
    } catch (IllegalArgumentException e) {
      return Set.of();
    }
  }

  /** The form field a rule is about; the roles' rule belongs to the role choice. */
  private static String field(InvalidAccountException e) {
    return switch (e.field()) {
      case "roles" -> "role";
      case "username", "displayName", "password", "teams" -> e.field();
      default -> "username";
    };
  }

  private void clearPasswords() {
    password = null;
    passwordAgain = null;
  }

  public List<String> getRoleChoices() {
    return Arrays.stream(Role.values()).map(Role::name).toList();
  }

  /** Each choice's role name, which its label is keyed by. */
  public Map<String, String> getRoleNames() {
    return Arrays.stream(Role.values()).collect(Collectors.toMap(Role::name, Role::roleName));
  }

  public List<String> getTeamChoices() {
    return Teams.ALL;
  }

  public String getUsername() {
    return username;
  }

  public void setUsername(String username) {
    this.username = username;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getRole() {
    return role;
  }

  public void setRole(String role) {
    this.role = role;
  }

  public List<String> getTeams() {
    return teams;
  }

  public void setTeams(List<String> teams) {
    this.teams = teams == null ? new ArrayList<>() : new ArrayList<>(teams);
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getPasswordAgain() {
    return passwordAgain;
  }

  public void setPasswordAgain(String passwordAgain) {
    this.passwordAgain = passwordAgain;
  }
}
