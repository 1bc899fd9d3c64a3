package org.outreach.rotation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import org.outreach.cluster.ServerLife;
import org.outreach.court.CourtReEncryption;
import org.outreach.custody.CustodyReviewReEncryption;
import org.outreach.documents.DocumentReEncryption;
import org.outreach.hold.RemovalStopReEncryption;
import org.outreach.locate.ContactAttemptReEncryption;
import org.outreach.notice.delivery.DeliveryReEncryption;
import org.outreach.notice.letters.LetterReEncryption;
import org.outreach.privacy.KeyConfigurationException;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.KeyRings;
import org.outreach.registry.ReEncryption;
import org.outreach.travel.TravelReEncryption;

/**
 * Step 3 of a data-key rotation: re-seals everything stored under an older key, the registry's
 * people first, then the documents of the cases, then the contact attempts, then the calls and
 * partner notices of the delivery tasks, the grounds of the custody reviews, the attempts to stop a
 * scheduled removal, then the consultations and court filings of the court-access tasks, then the
 * return-travel records. Each part runs in its own transactions and can be run again after a
 * failure; the registry knows nothing of the documents, the attempts, the delivery records, the
 * reviews, the removal stops, the court or the travel records, so this is where they meet.
 */
@Stateless
@RolesAllowed("admin")
public class ReEncryptionJob {

  @EJB private ReEncryption registry;
  @EJB private KeyAdministration keys;
  @EJB private DocumentReEncryption documents;
  @EJB private ContactAttemptReEncryption contactAttempts;
  @EJB private DeliveryReEncryption deliveries;
  @EJB private CustodyReviewReEncryption custodyReviews;
  @EJB private RemovalStopReEncryption removalStops;
  @EJB private CourtReEncryption court;
  @EJB private TravelReEncryption travel;
  @EJB private LetterReEncryption letters;

  /** What a run did, part by part. */
  public record Report(
      ReEncryption.Report people,
      DocumentReEncryption.Report documents,
      ContactAttemptReEncryption.Report contactAttempts,
      DeliveryReEncryption.Report deliveries,
      CustodyReviewReEncryption.Report custodyReviews,
      RemovalStopReEncryption.Report removalStops,
      CourtReEncryption.Report court,
      TravelReEncryption.Report travel,
      LetterReEncryption.Report letters) {}

  /**
   * Re-seals everything under this server's current key.
   *
   * @throws KeyConfigurationException when another server that is running writes under another key:
   *     it may lack this one, and could not read what the run re-sealed, and what it writes would
   *     be left for the next run
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Report run() {
    String here = keys.keyIds().current();
    for (KeyRings.ServerKeys server : keys.servers()) {
      // this server's own row may be half a minute old; its keys are read above
      boolean another = !server.node().equals(ServerLife.node());
      if (another && server.live() && !server.currentKey().equals(here)) {
        throw new KeyConfigurationException(
            "re-encryption: the server "
                + server.node()
                + " writes under the key "
                + server.currentKey()
                + " and this one under "
                + here
                + "; make the same key current on every server, reload them, and run it again");
      }
    }
    ReEncryption.Report people = registry.run();
    DocumentReEncryption.Report documentsDone = documents.run();
    ContactAttemptReEncryption.Report attemptsDone = contactAttempts.run();
    DeliveryReEncryption.Report deliveriesDone = deliveries.run();
    CustodyReviewReEncryption.Report reviewsDone = custodyReviews.run();
    RemovalStopReEncryption.Report stopsDone = removalStops.run();
    CourtReEncryption.Report courtDone = court.run();
    return new Report(
        people,
        documentsDone,
        attemptsDone,
        deliveriesDone,
        reviewsDone,
        stopsDone,
        courtDone,
        travel.run(),
        letters.run());
  }
}
