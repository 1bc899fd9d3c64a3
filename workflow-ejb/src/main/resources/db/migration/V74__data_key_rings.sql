-- Several servers share the database and each holds its own data keys (its key ring). Each says here
-- which it holds (key ids only, never a key), and an administrator's request that every server read
-- its keys again is one row every server looks at (registry.KeyRings, registry.KeyRingWatch).
CREATE TABLE data_key_ring (
    node          VARCHAR(200)  NOT NULL,
    current_key   VARCHAR(64)   NOT NULL,
    keys_held     VARCHAR(2000) NOT NULL,
    loaded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    seen_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_data_key_ring PRIMARY KEY (node)
);

-- generation counts the requests: a server compares it with the last it answered, never one server's
-- clock with another's
CREATE TABLE data_key_reload (
    id            INTEGER       NOT NULL,
    generation    BIGINT        NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_data_key_reload PRIMARY KEY (id),
    CONSTRAINT ck_data_key_reload_one CHECK (id = 1)
);

INSERT INTO data_key_reload (id, generation, asked_at)
VALUES (1, 0, TIMESTAMP WITH TIME ZONE '1970-01-01 00:00:00+00');
