package org.outreach.registry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;
import org.outreach.registry.DataProtection.KeyIds;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.ReEncryption;
import org.outreach.rotation.ReEncryptionJob;

/**
 * Key rotation for administrators. {@code POST /api/admin/data-keys/reload} reads the key
 * configuration again (answering key ids only); {@code POST /api/admin/re-encryption} re-seals
 * every stored value (the people's records, then the documents of the cases and the sealed records
 * of the tasks) under the current key and answers the counts.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReEncryptionResource {

  @EJB private ReEncryptionJob reEncryption;
  @EJB private KeyAdministration keys;

  @POST
  @Path("re-encryption")
  public Map<String, Object> reEncrypt() {
    ReEncryptionJob.Report run = reEncryption.run();
    ReEncryption.Report report = run.people();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentKey", report.currentKey());
    body.put("people", report.people());
    body.put("peopleReEncrypted", report.peopleReEncrypted());
    body.put("values", report.values());
    body.put("chunks", report.chunks());
    body.put("documents", run.documents().documents());
    body.put("documentsReEncrypted", run.documents().documentsReEncrypted());
    body.put("contactAttempts", run.contactAttempts().attempts());
    body.put("contactAttemptsReEncrypted", run.contactAttempts().attemptsReEncrypted());
    body.put("phoneCalls", run.deliveries().calls());
    body.put("phoneCallsReEncrypted", run.deliveries().callsReEncrypted());
    body.put("partnerNotices", run.deliveries().partnerNotices());
    body.put("partnerNoticesReEncrypted", run.deliveries().partnerNoticesReEncrypted());
    body.put("replies", run.deliveries().replies());
    body.put("repliesReEncrypted", run.deliveries().repliesReEncrypted());
    body.put("diligentEffortReviews", run.contactAttempts().reviews());
    body.put("diligentEffortReviewsReEncrypted", run.contactAttempts().reviewsReEncrypted());
    body.put("custodyReviews", run.custodyReviews().reviews());
    body.put("custodyReviewsReEncrypted", run.custodyReviews().reviewsReEncrypted());
    body.put("removalStops", run.removalStops().stops());
    body.put("removalStopsReEncrypted", run.removalStops().stopsReEncrypted());
    body.put("consultations", run.court().consultations());
    body.put("consultationsReEncrypted", run.court().consultationsReEncrypted());
    body.put("courtFilings", run.court().courtFilings());
    body.put("courtFilingsReEncrypted", run.court().courtFilingsReEncrypted());
    body.put("travelRecords", run.travel().travelRecords());
    body.put("travelRecordsReEncrypted", run.travel().travelRecordsReEncrypted());
    body.put("letters", run.letters().letters());
    body.put("lettersReEncrypted", run.letters().lettersReEncrypted());
    return body;
  }

  @POST
  @Path("data-keys/reload")
  public Map<String, Object> reload() {
    KeyIds ids = keys.reload();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentKey", ids.current());
    body.put("keys", new TreeSet<>(ids.all()));
    return body;
  }
}
