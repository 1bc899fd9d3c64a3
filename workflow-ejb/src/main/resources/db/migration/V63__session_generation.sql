-- session_generation: raised whenever an administrator takes an account's access away (a password
-- reset, the account disabled); a console session that started under an earlier value ends at its
-- next request, on whichever server it is served.
ALTER TABLE app_user ADD COLUMN session_generation BIGINT DEFAULT 0 NOT NULL;
