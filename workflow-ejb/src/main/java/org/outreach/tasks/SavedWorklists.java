package org.outreach.tasks;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.text.Normalizer;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.outreach.tasks.InvalidWorklistException.Rule;

/**
 * The worklists a staff member saved: a filter under a name, kept per user and opened from the
 * navigation with the count of its tasks. Nobody sees or opens another's.
 */
@Stateless
@RolesAllowed({"caseworker", "supervisor", "admin"})
public class SavedWorklists {

  /** The most worklists one person keeps. */
  public static final int MAX_PER_USER = 20;

  /** The longest name, in characters. */
  public static final int MAX_NAME = 60;

  @PersistenceContext(unitName = "outreach")
  private EntityManager entityManager;

  @Resource private SessionContext session;
  @Inject private Worklists worklists;

  /** A saved worklist as the navigation shows it. */
  public record Saved(UUID id, String name, WorklistFilter filter, long count)
      implements Serializable {}

  /**
   * Saves the filter under the name (its case reference is not kept).
   *
   * @throws InvalidWorklistException for a name that is blank, too long or already used by the
   *     caller, for a filter {@link Worklists} would refuse, or past {@link #MAX_PER_USER}
   */
  public UUID save(String name, WorklistFilter filter) {
    String owner = owner();
    String cleaned = checkedName(name);
    WorklistFilter kept = checkedFilter(filter);
    if (taken(owner, cleaned)) {
      throw new InvalidWorklistException("name", Rule.NAME_TAKEN);
    }
    if (entityManager
            .createNamedQuery("SavedWorklist.countByOwner", Long.class)
            .setParameter("owner", owner)
            .getSingleResult()
        >= MAX_PER_USER) {
      throw new InvalidWorklistException("name", Rule.TOO_MANY_SAVED);
    }
    SavedWorklist saved =
        new SavedWorklist(owner, cleaned, kept, OffsetDateTime.now(ZoneOffset.UTC));
    entityManager.persist(saved);
    return saved.id();
  }

  /**
   * Renames one of the caller's saved worklists and gives it the filter (its case reference is not
   * kept), under the same rules as {@link #save}.
   *
   * @throws InvalidWorklistException if the caller has none with this id, or as {@link #save}
   */
  public void update(UUID id, String name, WorklistFilter filter) {
    SavedWorklist saved = ownedByCaller(id);
    String cleaned = checkedName(name);
    WorklistFilter kept = checkedFilter(filter);
    if (!cleaned.equals(saved.name()) && taken(saved.owner(), cleaned)) {
      throw new InvalidWorklistException("name", Rule.NAME_TAKEN);
    }
    saved.change(cleaned, kept);
  }

  private static String checkedName(String name) {
    String cleaned = name == null ? "" : Normalizer.normalize(name, Normalizer.Form.NFC).strip();
    if (cleaned.isEmpty() || cleaned.codePoints().anyMatch(Character::isISOControl)) {
      throw new InvalidWorklistException("name", Rule.NAME_REQUIRED);
    }
    if (cleaned.codePointCount(0, cleaned.length()) > MAX_NAME) {
      throw new InvalidWorklistException("name", Rule.TOO_LONG);
    }
    return cleaned;
  }

  /**
   * The filter as it is kept, without its case reference or holder; refused here as it would be
   * when opened.
   */
  private WorklistFilter checkedFilter(WorklistFilter filter) {
    WorklistFilter kept =
        new WorklistFilter(
            filter.taskKey(),
            filter.team(),
            filter.custodyStatus(),
            filter.noticeLanguage(),
            filter.facility(),
            filter.minimumPriority(),
            filter.overdueOnly(),
            filter.claimedByMe(),
            null,
            null);
    worklists.count(kept);
    return kept;
  }

  private boolean taken(String owner, String name) {
    return entityManager
            .createNamedQuery("SavedWorklist.countByOwnerAndName", Long.class)
            .setParameter("owner", owner)
            .setParameter("name", name)
            .getSingleResult()
        > 0;
  }

  /** The caller's saved worklists by name, each with how many tasks it holds now. */
  public List<Saved> mine() {
    return entityManager
        .createNamedQuery("SavedWorklist.findByOwner", SavedWorklist.class)
        .setParameter("owner", owner())
        .getResultList()
        .stream()
        .map(s -> new Saved(s.id(), s.name(), s.filter(), worklists.count(s.filter())))
        .toList();
  }

  /**
   * One of the caller's saved worklists.
   *
   * @throws InvalidWorklistException if the caller has none with this id
   */
  public Saved open(UUID id) {
    SavedWorklist saved = ownedByCaller(id);
    return new Saved(saved.id(), saved.name(), saved.filter(), worklists.count(saved.filter()));
  }

  /**
   * Deletes one of the caller's saved worklists.
   *
   * @throws InvalidWorklistException if the caller has none with this id
   */
  public void delete(UUID id) {
    entityManager.remove(ownedByCaller(id));
  }

  private SavedWorklist ownedByCaller(UUID id) {
    SavedWorklist saved = id == null ? null : entityManager.find(SavedWorklist.class, id);
    if (saved == null || !saved.owner().equals(owner())) {
      throw new InvalidWorklistException("worklist", Rule.UNKNOWN_WORKLIST);
    }
    return saved;
  }

  private String owner() {
    return session.getCallerPrincipal().getName();
  }
}
