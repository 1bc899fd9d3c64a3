package org.outreach.notice.refusals;

import static org.outreach.sql.NativeValues.instant;
import static org.outreach.sql.NativeValues.text;
import static org.outreach.sql.NativeValues.uuid;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import org.outreach.cases.NoticeChannel;
import org.outreach.recipients.RecipientClass;

/**
 * The notices refused because their address reaches a government or a consulate, for supervisors
 * and administrators: what to look into across the campaign (the address in the person's record is
 * the one to correct). Nothing is decrypted.
 */
@Stateless
@RolesAllowed({"supervisor", "admin"})
public class RefusedNotices {

  /** The most a list gives at once. */
  public static final int MOST = 500;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  /** A refused notice with its case's reference, for a supervisor's list. */
  public record Listed(RefusalView refusal, String caseReference) {}

  /**
   * The notices refused since the moment, newest first, at most {@value #MOST}, each with its
   * case's reference (read in the same query).
   */
  public List<Listed> since(Instant since) {
    Objects.requireNonNull(since, "since");
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "SELECT r.id, r.case_id, r.channel, r.recipient_class, r.notice_id, r.refused_at,"
                    + " c.reference FROM dispatch_refusal r"
                    + " JOIN outreach_case c ON c.id = r.case_id"
                    + " WHERE r.refused_at >= :since ORDER BY r.refused_at DESC, r.id")
            .setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
            .setMaxResults(MOST)
            .getResultList();
    return rows.stream()
        .map(
            c ->
                new Listed(
                    new RefusalView(
                        uuid(c[0]),
                        uuid(c[1]),
                        NoticeChannel.valueOf(text(c[2])),
                        RecipientClass.valueOf(text(c[3])),
                        uuid(c[4]),
                        instant(c[5])),
                    text(c[6])))
        .toList();
  }
}
