package org.outreach.tasks;

/** What a supervisor changed on an open task. */
public enum TaskChangeKind {
  /** Given to a member of the task's team. */
  REASSIGNED,
  /** Its holder's claim released: the task is open to the team again. */
  RELEASED,
  /** Made due at another time. */
  DUE_CHANGED
}
