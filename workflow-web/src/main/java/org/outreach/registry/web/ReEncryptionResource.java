package org.outreach.registry.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.outreach.registry.DataProtection.KeyIds;
import org.outreach.registry.KeyAdministration;
import org.outreach.registry.KeyRings;
import org.outreach.registry.ReEncryption;
import org.outreach.rotation.ReEncryptionJob;

/**
 * Key rotation for administrators. {@code GET /api/admin/data-keys} answers the ids of this
 * server's data keys and what every server sharing the database last said of its own; {@code POST
 * /api/admin/data-keys/reload} reads the key configuration again, asks every other server to, and
 * answers the same; {@code POST /api/admin/re-encryption} re-seals every stored value (the people's
 * records, then the documents of the cases and the sealed records of the tasks) under the current
 * key and answers the counts, or 409 while a running server writes under another key. Key ids only,
 * never a key.
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

  @GET
  @Path("data-keys")
  public Map<String, Object> dataKeys() {
    return keysAnswer(keys.keyIds());
  }

  @POST
  @Path("data-keys/reload")
  public Map<String, Object> reload() {
    return keysAnswer(keys.reload());
  }

  /** This server's key ids, and what each server sharing the database last said of its own. */
  private Map<String, Object> keysAnswer(KeyIds ids) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("currentKey", ids.current());
    body.put("keys", new TreeSet<>(ids.all()));
    List<Map<String, Object>> servers = new ArrayList<>();
    for (KeyRings.ServerKeys server : keys.servers()) {
      Map<String, Object> said = new LinkedHashMap<>();
      said.put("node", server.node());
      said.put("currentKey", server.currentKey());
      said.put("keys", server.keys());
      said.put("loadedAt", server.loadedAt().toString());
      said.put("seenAt", server.seenAt().toString());
      said.put("running", server.live());
      servers.add(said);
    }
    body.put("servers", servers);
    return body;
  }
}
