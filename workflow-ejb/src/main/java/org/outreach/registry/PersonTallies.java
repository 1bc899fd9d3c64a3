package org.outreach.registry;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.privacy.BlindIndex;
import org.outreach.privacy.FieldCipher;

/**
 * Every person's countable traits, for statistics that publish counts only: where they are, the
 * language of their notices, and, when asked, their nationality and detention facility (sealed
 * fields, decrypted here and nowhere else). One {@code TALLY_PEOPLE} event on the audit trail per
 * tally, naming the table; no person is named, since none is shown.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class PersonTallies {

  /** People read per query; the persistence context is cleared between them. */
  static final int CHUNK = 1000;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private FieldCipher cipher;
  @Inject private BlindIndex blindIndex;
  @Resource private SessionContext session;

  private PersonSealing sealing;

  @PostConstruct
  void init() {
    sealing = new PersonSealing(cipher, blindIndex);
  }

  /**
   * One person's traits; the sealed ones are {@code null} unless asked for (and the facility for
   * everyone not detained).
   */
  public record Traits(
      UUID personId,
      CustodyStatus custody,
      RemovalTiming removalTiming,
      String noticeLanguage,
      String nationality,
      String facility) {}

  /**
   * Every person's traits, in no particular order.
   *
   * @param nationality whether to decrypt each person's nationality
   * @param facility whether to decrypt each detained person's facility
   * @param table what the tally is for, as the audit trail's reason ({@code statistics:<table>})
   */
  public List<Traits> everyone(boolean nationality, boolean facility, String table) {
    entityManager.persist(
        AuditEvent.onEveryPerson(
            session.getCallerPrincipal().getName(),
            AuditAction.TALLY_PEOPLE,
            AccessPurpose.OVERSIGHT_REQUEST,
            "statistics:" + table));
    entityManager.flush();
    List<Traits> traits = new ArrayList<>();
    if (!nationality && !facility) {
      for (Object[] row :
          entityManager
              .createQuery(
                  "SELECT p.id, p.custodyStatus, p.removalTiming, p.noticeLanguage"
                      + " FROM AffectedPerson p",
                  Object[].class)
              .getResultList()) {
        traits.add(
            new Traits(
                (UUID) row[0],
                (CustodyStatus) row[1],
                (RemovalTiming) row[2],
                (String) row[3],
                null,
                null));
      }
      return traits;
    }
    for (int first = 0; ; first += CHUNK) {
      List<AffectedPerson> people =
          entityManager
              .createQuery("SELECT p FROM AffectedPerson p ORDER BY p.id", AffectedPerson.class)
              .setFirstResult(first)
              .setMaxResults(CHUNK)
              .getResultList();
      for (AffectedPerson person : people) {
        boolean detained = person.custodyStatus() == CustodyStatus.DETAINED;
        traits.add(
            new Traits(
                person.id(),
                person.custodyStatus(),
                person.removalTiming(),
                person.noticeLanguage(),
                nationality ? sealing.open(person, "nationality") : null,
                facility && detained ? sealing.open(person, "detentionFacility") : null));
      }
      entityManager.clear();
      if (people.size() < CHUNK) {
        return traits;
      }
    }
  }
}
