-- A password an administrator set for someone (a reset) is temporary: its holder must choose their
-- own at the next login before the console or the API does anything else for them.
ALTER TABLE app_user ADD COLUMN must_change_password BOOLEAN DEFAULT FALSE NOT NULL;
