-- Stages of the campaign funnel that other capabilities own, each published by its owner as a view
-- of case ids (no value) that the funnel's aggregate query joins: the cases whose person a search
-- found (locate: a contact attempt concluded FOUND) and the cases with a legal consultation
-- scheduled with counsel (court).
CREATE VIEW located_case AS
  SELECT DISTINCT case_id FROM contact_attempt WHERE conclusion = 'FOUND';
CREATE VIEW consultation_scheduled_case AS
  SELECT DISTINCT case_id FROM consultation WHERE step = 'SCHEDULED';
