-- A case belongs to at most one affected person (demo cases opened by hand have none); a person
-- has at most one case.
ALTER TABLE outreach_case ADD COLUMN person_id UUID;
ALTER TABLE outreach_case ADD CONSTRAINT uq_outreach_case_person UNIQUE (person_id);
ALTER TABLE outreach_case ADD CONSTRAINT fk_outreach_case_person
    FOREIGN KEY (person_id) REFERENCES affected_person (id);
