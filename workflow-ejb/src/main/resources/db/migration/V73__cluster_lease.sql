-- cluster_lease: work that must run once among the servers sharing this database (the outbox's
-- rounds, the bounce mailbox, the nightly retention sweep), each held by one server (its node name
-- and the id of its current life) until a time it renews at every round. Another server takes a
-- lease only once it has run out. Names no person.
CREATE TABLE cluster_lease (
    name        VARCHAR(64)  NOT NULL,
    node        VARCHAR(200) NOT NULL,
    life        VARCHAR(64)  NOT NULL,
    held_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_cluster_lease PRIMARY KEY (name)
);
