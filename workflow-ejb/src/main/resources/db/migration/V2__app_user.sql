-- Staff accounts. The server's security realm reads password_hash (bcrypt, modular crypt format)
-- and role_name; teams are the engine's candidate groups.
CREATE TABLE app_user (
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    demo          BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT       NOT NULL,
    CONSTRAINT pk_app_user PRIMARY KEY (username)
);

CREATE TABLE app_user_role (
    username  VARCHAR(64) NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    CONSTRAINT pk_app_user_role PRIMARY KEY (username, role_name),
    CONSTRAINT fk_app_user_role_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);

CREATE TABLE app_user_team (
    username VARCHAR(64) NOT NULL,
    team     VARCHAR(64) NOT NULL,
    CONSTRAINT pk_app_user_team PRIMARY KEY (username, team),
    CONSTRAINT fk_app_user_team_user FOREIGN KEY (username) REFERENCES app_user (username) ON DELETE CASCADE
);
