-- The audit trail as a page and an export: filtered by reader, case and period, newest first.
CREATE INDEX ix_audit_event_occurred ON audit_event (occurred_at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor, occurred_at);
CREATE INDEX ix_audit_event_case ON audit_event (case_id, occurred_at);
