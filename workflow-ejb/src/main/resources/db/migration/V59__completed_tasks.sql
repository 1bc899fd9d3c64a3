-- Each task completed, for the supervisors' workload: who completed it, for which team, and how long
-- it took from created to completed (in seconds, so a median is one query on any database).
CREATE TABLE completed_task (
    task_id          VARCHAR(64) NOT NULL,
    case_id          UUID        NOT NULL,
    task_key         VARCHAR(64) NOT NULL,
    team             VARCHAR(64),
    completed_by     VARCHAR(64),
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_seconds BIGINT      NOT NULL,
    CONSTRAINT pk_completed_task PRIMARY KEY (task_id)
);

CREATE INDEX ix_completed_task_completed ON completed_task (completed_at);
