package org.outreach.caseview;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.outreach.cases.CaseSummary;
import org.outreach.cases.TimelineEntry;
import org.outreach.documents.DocumentView;
import org.outreach.registry.PersonView;

/**
 * One case as the case view shows it to its reader, every part already audited.
 *
 * @param person the parts of the person's record the reader's role may see; empty for a case
 *     without a person or whose person's record was erased
 * @param personErasedAt when the retention job erased the person's record; {@code null} if not
 * @param timeline everything that happened, newest first; actors as display names
 * @param openTasks the case's open tasks, oldest first
 * @param diagrams the case's running processes with the steps they wait in
 */
public record CaseFile(
    CaseSummary summary,
    Optional<PersonView> person,
    Instant personErasedAt,
    List<TimelineEntry> timeline,
    List<OpenTask> openTasks,
    List<DocumentView> documents,
    List<CaseDiagrams.Diagram> diagrams) {

  /** An open task of the case, its holder as a display name ({@code null} when unclaimed). */
  public record OpenTask(
      String id, String taskKey, String holder, OffsetDateTime created, OffsetDateTime due) {}

  public CaseFile {
    timeline = List.copyOf(timeline);
    openTasks = List.copyOf(openTasks);
    documents = List.copyOf(documents);
    diagrams = List.copyOf(diagrams);
  }

  /** Names the case only. */
  @Override
  public String toString() {
    return "CaseFile[" + summary.reference() + "]";
  }
}
