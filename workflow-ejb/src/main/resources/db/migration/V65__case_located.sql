-- case_located: the first time a case's locate process concluded that its person can be reached
-- (the registry knew a safe way, the person is detained at a known facility, or a caseworker's
-- search found them), written once per case by the automated lookup. The funnel's Located stage
-- counted searches that concluded FOUND only; it now counts this table, which the located_case view
-- publishes. Cases a search found before this table existed are carried over (at the search's
-- time); those the registry located on its own before it are not (their lookup is not repeated).
CREATE TABLE case_located (
    case_id    UUID NOT NULL,
    located_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_case_located PRIMARY KEY (case_id),
    CONSTRAINT fk_case_located_case FOREIGN KEY (case_id) REFERENCES outreach_case (id)
);

INSERT INTO case_located (case_id, located_at)
  SELECT case_id, MIN(attempted_at) FROM contact_attempt WHERE conclusion = 'FOUND'
  GROUP BY case_id;

DROP VIEW located_case;
CREATE VIEW located_case AS SELECT case_id FROM case_located;
