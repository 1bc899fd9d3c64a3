-- import_start_run: the bulk starts running, one row per import, held by the server that runs it
-- (its node name and the id of its current life). A start runs on one server at a time; the row is
-- kept alive after every chunk, and another server takes the start over once the row has not been
-- kept alive for the lease (StartRuns.LEASE). Rows are short-lived and name no person; no key to
-- person_import, so that the registry is the import capability's scratch and nothing else's.
CREATE TABLE import_start_run (
    import_id  UUID         NOT NULL,
    node       VARCHAR(200) NOT NULL,
    began_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    alive_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_import_start_run PRIMARY KEY (import_id)
);

-- import_start_lock: one row, locked (SELECT ... FOR UPDATE) by every change of the runs, so that
-- the first steps' suspension (FirstStepPacing) follows the runs of every server in turn.
CREATE TABLE import_start_lock (
    id  INTEGER NOT NULL,
    CONSTRAINT pk_import_start_lock PRIMARY KEY (id)
);

INSERT INTO import_start_lock (id) VALUES (1);
