-- login_failure: a sign-in refused for a wrong password or an unknown account, kept until it no
-- longer counts (a day at most; a successful sign-in forgives that account's failures at that
-- address, an administrator's unlock all of the account's). The address is kept only as a SHA-256
-- digest; the username only when it names an account (an unknown one is never stored).
CREATE TABLE login_failure (
    id           UUID        NOT NULL,
    address_hash VARCHAR(64) NOT NULL,
    username     VARCHAR(64),
    failed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_login_failure PRIMARY KEY (id)
);

CREATE INDEX ix_login_failure_address ON login_failure (address_hash, failed_at);
CREATE INDEX ix_login_failure_username ON login_failure (username, failed_at);
