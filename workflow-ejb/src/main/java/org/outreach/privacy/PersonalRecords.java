package org.outreach.privacy;

import java.util.List;

/**
 * A capability that keeps personal data of a case: it names the statements that erase its own rows
 * of one closed case (and the registry, the person's record). The retention job runs every
 * capability's statements in one transaction per case, in the order of {@link Erasure#order()}.
 * What the campaign's anonymous figures count stays, emptied of every sealed value; the audit trail
 * stays whole.
 */
public interface PersonalRecords {

  /**
   * The statements, each taking the case's id or its person's as {@code ?1} and, if it needs it,
   * the instant of the erasure as {@code ?2}.
   */
  List<Erasure> erasures();

  /**
   * One statement of an erasure.
   *
   * @param order when it runs: {@link #DETAILS}, then {@link #DOCUMENTS}, then {@link #PERSON}
   * @param kind what its rows are, in the words of the erasure report ({@code contact-attempts});
   *     {@code null} for a statement that erases nothing itself (a pointer cleared)
   * @param subject whose id {@code ?1} is
   * @param sql a {@code DELETE} or {@code UPDATE} of the capability's own table
   */
  record Erasure(int order, String kind, Subject subject, String sql) {

    /** Records of the case that no document depends on: notes, calls, reviews, filings. */
    public static final int DETAILS = 1000;

    /** The case's documents, once the records that pointed at them are gone. */
    public static final int DOCUMENTS = 2000;

    /** The person's record, last. */
    public static final int PERSON = 3000;

    /** The kind under which documents are counted apart in the report. */
    public static final String DOCUMENT_KIND = "documents";

    public enum Subject {
      CASE,
      PERSON
    }

    public Erasure {
      if (sql == null || !sql.contains("?1")) {
        throw new IllegalArgumentException("sql: must take the id as ?1");
      }
      if (subject == null) {
        throw new IllegalArgumentException("subject: required");
      }
    }

    /** A statement over the case's rows ({@code ?1} is the case's id). */
    public static Erasure ofCase(int order, String kind, String sql) {
      return new Erasure(order, kind, Subject.CASE, sql);
    }

    /** A statement over the person's rows ({@code ?1} is the person's id). */
    public static Erasure ofPerson(int order, String kind, String sql) {
      return new Erasure(order, kind, Subject.PERSON, sql);
    }
  }
}
