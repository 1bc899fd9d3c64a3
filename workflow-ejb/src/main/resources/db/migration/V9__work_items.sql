-- The open user tasks of the campaign as the console lists them, kept by a task listener in the
-- engine's own transaction: one row per open task, removed when the task completes or is
-- cancelled. The engine stays the authority on a task; this table lets worklists page, sort and
-- filter in one query joined with the case and the person's plain columns. No personal data.
-- No foreign keys to outreach_case here: a case and its first tasks can be written in one
-- transaction, and the persistence layer orders inserts of unrelated entities freely; the
-- listener writes rows only for cases it has read.
CREATE TABLE work_item (
    task_id        VARCHAR(64)  NOT NULL,
    case_id        UUID         NOT NULL,
    case_reference VARCHAR(16)  NOT NULL,
    process_key    VARCHAR(64)  NOT NULL,
    task_key       VARCHAR(64)  NOT NULL,
    team           VARCHAR(64),
    assignee       VARCHAR(64),
    priority       INTEGER      NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    due_at         TIMESTAMP WITH TIME ZONE,
    claimed_at     TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_work_item PRIMARY KEY (task_id)
);
CREATE INDEX ix_work_item_team ON work_item (team, priority, created_at);
CREATE INDEX ix_work_item_assignee ON work_item (assignee);
CREATE INDEX ix_work_item_case ON work_item (case_id);
CREATE INDEX ix_work_item_due ON work_item (due_at);

-- Which teams have or had a task on a case: a caseworker sees a case while one of their teams
-- does. Rows are only ever added.
CREATE TABLE case_team (
    case_id UUID        NOT NULL,
    team    VARCHAR(64) NOT NULL,
    since   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_team PRIMARY KEY (case_id, team)
);
CREATE INDEX ix_case_team_team ON case_team (team, case_id);

-- Why a record was read, beyond the purpose: a reference such as the task or the document the
-- read served (ids only, never a value).
ALTER TABLE audit_event ADD COLUMN reason VARCHAR(80);
