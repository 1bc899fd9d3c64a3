-- What supervisors changed on open tasks: given to another member of the team, released, made due
-- at another time. Kept with the case for its timeline; usernames and times only.
CREATE TABLE task_change (
    id            UUID        NOT NULL,
    case_id       UUID        NOT NULL,
    task_id       VARCHAR(64) NOT NULL,
    task_key      VARCHAR(64) NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    holder_before VARCHAR(64),
    holder_after  VARCHAR(64),
    due_after     TIMESTAMP WITH TIME ZONE,
    changed_by    VARCHAR(64) NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_task_change PRIMARY KEY (id),
    CONSTRAINT fk_task_change_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

CREATE INDEX ix_task_change_case ON task_change (case_id, changed_at);
