package org.outreach.notice.letters;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.outreach.audit.AccessPurpose;
import org.outreach.audit.AuditAction;
import org.outreach.audit.AuditEvent;
import org.outreach.cases.CaseAccess;
import org.outreach.cases.CaseRecords;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.UnknownCaseException;
import org.outreach.notice.templates.NoticeTexts;
import org.outreach.notice.templates.Placeholder;
import org.outreach.notice.templates.TemplateType;
import org.outreach.notice.templates.TemplateValues;
import org.outreach.processes.DeliverNoticeProcess;
import org.outreach.registry.NoticeAddresses;
import org.outreach.registry.PersonFacts;
import org.outreach.tasks.EngineKeys;

/**
 * Notices for hand delivery in custody, printed per detention facility for the detention team's
 * visit: every person whose case waits for a hand delivery and who is held there gets the notice in
 * their language and in English, with the receipt form to sign. Reading each waiting person's
 * facility, name and A-number is audited, and so is handing the document out; the facility is not
 * recorded with the batch. The notice of one person is printed the same way for the task that
 * delivers it ({@link #forTask}).
 */
@Stateless
@RolesAllowed({"caseworker", "supervisor"})
public class CustodyBatches {

  private static final Logger LOG = Logger.getLogger(CustodyBatches.class.getName());

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Inject private TaskService taskService;
  @Inject private RuntimeService runtimeService;
  @Inject private CaseRecords cases;
  @Inject private CaseAccess caseAccess;
  @Inject private PersonFacts personFacts;
  @Inject private NoticeAddresses addresses;
  @Inject private NoticeTexts texts;
  @Resource private SessionContext session;

  private final LetterRenderer renderer = new LetterRenderer(LetterFonts.shared());

  /**
   * The notices for everyone waiting for a hand delivery at the facility of the case's person.
   *
   * @throws UnknownCaseException if there is no such case
   * @throws UnknownLetterException if the case's person is not detained at a known facility
   */
  public CustodyBatchDocument forFacilityOf(UUID caseId) {
    cases.find(caseId).orElseThrow(() -> new UnknownCaseException(caseId));
    String facility =
        cases
            .personOf(caseId)
            .flatMap(addresses::detentionFacility)
            .orElseThrow(
                () ->
                    new UnknownLetterException(
                        "Case " + caseId + ": its person is not detained at a known facility"));
    return forFacility(facility);
  }

  /**
   * The notices for everyone waiting for a hand delivery at {@code facility} (compared without
   * regard to case, accents' encoding or repeated spaces).
   *
   * @throws IllegalArgumentException if the facility is blank
   * @throws UnknownLetterException if nobody waits for a hand delivery there
   */
  public CustodyBatchDocument forFacility(String facility) {
    if (facility == null || facility.isBlank()) {
      throw new IllegalArgumentException("facility: required");
    }
    String wanted = normalised(facility);
    List<Waiting> waiting = new ArrayList<>();
    for (UUID caseId : casesWaitingForHandDelivery()) {
      Optional<UUID> person = cases.personOf(caseId);
      if (person.isPresent()
          && person
              .flatMap(addresses::detentionFacility)
              .map(CustodyBatches::normalised)
              .filter(wanted::equals)
              .isPresent()) {
        waiting.add(new Waiting(caseId, person.get()));
      }
    }
    if (waiting.isEmpty()) {
      throw new UnknownLetterException("facility: nobody there waits for a hand delivery");
    }
    return print(waiting, "custody-notices-", AccessPurpose.NOTICE_DELIVERY, null);
  }

  /**
   * The notice of the person whose hand delivery is the task, printed for it alone: recorded like a
   * batch of one (its receipt code and SHA-256 kept as the evidence of what was handed over) and
   * handed out to a caller who may see the case (a caseworker of a team with a task on it, a
   * supervisor), audited as {@link AuditAction#DOWNLOAD_CUSTODY_NOTICE} with the task as its
   * reason.
   *
   * @throws UnknownLetterException if there is no open hand-delivery task by this id on a case the
   *     caller may see, or its case has no person; all alike
   */
  public CustodyBatchDocument forTask(String taskId) {
    if (taskId == null || taskId.isBlank() || taskId.length() > 64) {
      throw new UnknownLetterException("task: no hand delivery by this id");
    }
    Task task =
        taskService
            .createTaskQuery()
            .active()
            .taskId(taskId)
            .taskDefinitionKey(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)
            .singleResult();
    ProcessInstance instance =
        task == null
            ? null
            : runtimeService
                .createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId())
                .singleResult();
    Optional<UUID> caseId =
        Optional.ofNullable(instance)
            .flatMap(found -> EngineKeys.caseIdOf(found.getBusinessKey()))
            .filter(caseAccess::mayOpen);
    Optional<UUID> person = caseId.flatMap(cases::personOf);
    if (person.isEmpty()) {
      throw new UnknownLetterException("task: no hand delivery by this id");
    }
    return print(
        List.of(new Waiting(caseId.get(), person.get())),
        "custody-notice-",
        AccessPurpose.CASEWORK,
        AuditEvent.reasonTask(taskId));
  }

  /** Renders, records and merges the notices; audits handing each out. */
  private CustodyBatchDocument print(
      List<Waiting> waiting, String namePrefix, AccessPurpose purpose, String reason) {
    String actor = session.getCallerPrincipal().getName();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    CustodyBatch batch = new CustodyBatch(now, actor);
    entityManager.persist(batch);
    LetterSettings settings = LetterSettings.current();
    LocalDate today = LocalDate.now(settings.zone());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int pages = 0;
    try (PdfMerging merged = new PdfMerging(out)) {
      for (Waiting one : waiting) {
        RenderedNotice notice = render(one, batch.id(), today, settings);
        merged.add(notice.document().pdf());
        pages += notice.document().pages();
        entityManager.persist(notice.record());
        entityManager.persist(
            AuditEvent.onPersonOfCase(
                actor,
                one.personId(),
                one.caseId(),
                AuditAction.DOWNLOAD_CUSTODY_NOTICE,
                purpose,
                reason));
      }
    }
    batch.rendered(waiting.size(), pages);
    int count = waiting.size();
    LOG.info(() -> "Custody batch " + batch.id() + " printed with " + count + " notices");
    return new CustodyBatchDocument(
        batch.id(), namePrefix + batch.id() + ".pdf", count, pages, out.toByteArray());
  }

  private record Waiting(UUID caseId, UUID personId) {}

  private record RenderedNotice(RenderedDocument document, CustodyNotice record) {}

  private RenderedNotice render(
      Waiting one, UUID batchId, LocalDate today, LetterSettings settings) {
    CaseSummary summary = cases.find(one.caseId()).orElseThrow();
    String language = personFacts.of(one.personId()).language();
    NoticeAddresses.CustodyRecipient recipient = addresses.custodyRecipient(one.personId());
    TemplateValues values =
        TemplateValues.caseReference(summary.reference())
            .with(Placeholder.PERSON_NAME, recipient.name())
            .with(Placeholder.A_NUMBER, recipient.aNumber());
    List<LetterText> wording =
        LetterWording.of(texts, TemplateType.IN_CUSTODY_NOTICE, language, values);
    UUID noticeId = UUID.randomUUID();
    RenderedDocument document =
        renderer.render(
            new LetterContent(
                noticeId.toString(),
                summary.reference(),
                today,
                settings.returnAddress(),
                null,
                List.of(),
                wording));
    return new RenderedNotice(
        document,
        new CustodyNotice(
            noticeId,
            batchId,
            one.caseId(),
            wording.get(0).language(),
            wording.get(0).version(),
            LetterWording.englishVersion(wording),
            document.sha256(),
            document.pages()));
  }

  /** The cases whose deliver-notice process waits at the hand-delivery task. */
  private List<UUID> casesWaitingForHandDelivery() {
    Set<String> instances =
        taskService
            .createTaskQuery()
            .taskDefinitionKey(DeliverNoticeProcess.TASK_HAND_DELIVER_NOTICE)
            .active()
            .list()
            .stream()
            .map(Task::getProcessInstanceId)
            .collect(Collectors.toSet());
    if (instances.isEmpty()) {
      return List.of();
    }
    return runtimeService.createProcessInstanceQuery().processInstanceIds(instances).list().stream()
        .map(ProcessInstance::getBusinessKey)
        .filter(Objects::nonNull)
        .distinct()
        .sorted()
        .map(UUID::fromString)
        .toList();
  }

  static String normalised(String facility) {
    return Normalizer.normalize(facility, Normalizer.Form.NFKC)
        .strip()
        .replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }
}
