package org.outreach.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.security.PrivilegedActionException;
import java.security.PrivilegedExceptionAction;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.outreach.notice.templates.TemplateReview;
import org.outreach.notice.templates.TemplateStatus;
import org.outreach.notice.templates.TemplateVersionView;
import org.outreach.users.DemoAccounts;
import org.wildfly.security.auth.server.RealmUnavailableException;
import org.wildfly.security.auth.server.SecurityDomain;
import org.wildfly.security.auth.server.SecurityIdentity;
import org.wildfly.security.evidence.PasswordGuessEvidence;

/**
 * On a demo server, approves the seeded notice texts so the demo sends something: logged in as the
 * demo administrator through the server's realm, through the same review door an administrator
 * uses, so each approval is recorded under her name. Only the latest version of a type and language
 * that has none approved is approved; nothing an administrator decided is undone.
 */
@Stateless
@PermitAll
public class DemoTexts {

  static final String ADMINISTRATOR = "ada";

  private static final Logger LOG = Logger.getLogger(DemoTexts.class.getName());

  @EJB private TemplateReview review;

  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void approveSeeded() {
    SecurityIdentity administrator;
    try {
      administrator =
          SecurityDomain.getCurrent()
              .authenticate(
                  ADMINISTRATOR, new PasswordGuessEvidence(DemoAccounts.PASSWORD.toCharArray()));
    } catch (RealmUnavailableException | SecurityException | IllegalStateException e) {
      LOG.warning(() -> "Demo notice texts left unapproved: the demo administrator cannot log in");
      return;
    }
    try {
      int approved = administrator.runAs((PrivilegedExceptionAction<Integer>) this::approveLatest);
      LOG.info(() -> "Demo: " + approved + " notice texts approved by " + ADMINISTRATOR);
    } catch (PrivilegedActionException e) {
      LOG.warning(
          () -> "Demo notice texts not all approved: " + e.getException().getClass().getName());
    }
  }

  private int approveLatest() {
    List<TemplateVersionView> versions = review.versions(null, null, null);
    Set<String> covered = new HashSet<>();
    versions.stream()
        .filter(v -> v.status() == TemplateStatus.APPROVED)
        .forEach(v -> covered.add(v.type() + ":" + v.language()));
    int approved = 0;
    // newest first, so the first version met for a type and language is its latest
    for (int i = versions.size() - 1; i >= 0; i--) {
      TemplateVersionView version = versions.get(i);
      if (covered.add(version.type() + ":" + version.language())
          && version.status() == TemplateStatus.DRAFT) {
        review.approve(version.id());
        approved++;
      }
    }
    return approved;
  }
}
