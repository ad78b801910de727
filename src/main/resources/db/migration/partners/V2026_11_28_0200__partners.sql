-- Partner organisations, teams, users and their memberships: who may log in, on behalf of
-- which organisation, in which team and with which role.
CREATE TABLE organisation (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code       VARCHAR(64)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,63}$'),
    name_nl    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    kind       VARCHAR(32)  NOT NULL CHECK (kind IN ('PROSECUTOR', 'LABOUR_AUDITORATE', 'FEDERAL_POLICE',
                   'LOCAL_POLICE', 'CITY', 'SOCIAL_INSPECTION', 'TAX', 'CUSTOMS', 'OTHER')),
    active     BOOLEAN      NOT NULL DEFAULT TRUE,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version    INT          NOT NULL DEFAULT 0
);

CREATE TABLE team (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    code       VARCHAR(32)  NOT NULL UNIQUE CHECK (code ~ '^[A-Z][A-Z0-9_]{1,31}$'),
    name_nl    VARCHAR(200) NOT NULL,
    name_fr    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version    INT          NOT NULL DEFAULT 0
);

CREATE TABLE app_user (
    id              UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    username        VARCHAR(64)  NOT NULL CHECK (username ~ '^[a-z0-9][a-z0-9._-]{1,63}$'),
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    password_hash   VARCHAR(200),
    enabled         BOOLEAN      NOT NULL DEFAULT TRUE,
    oidc_issuer     VARCHAR(500),
    oidc_subject    VARCHAR(255),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         INT          NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX app_user_username_uq ON app_user (username);
CREATE UNIQUE INDEX app_user_oidc_uq ON app_user (oidc_issuer, oidc_subject) WHERE oidc_subject IS NOT NULL;
CREATE INDEX app_user_organisation_ix ON app_user (organisation_id);

-- A membership gives a user a role, in a team or (team_id null) organisation-wide, for roles
-- such as DPO and functional administrator that belong to no team.
CREATE TABLE membership (
    id         UUID PRIMARY KEY DEFAULT gen_random_uuid(),
    user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    team_id    UUID        REFERENCES team (id),
    role       VARCHAR(32) NOT NULL CHECK (role IN ('INVESTIGATOR', 'ANALYST', 'KALI_MAGISTRATE',
                   'MAHO_COORDINATOR', 'MAHO_PARTNER', 'COAC_COORDINATOR', 'INSPECTOR', 'CITY_OFFICER',
                   'DPO', 'FUNCTIONAL_ADMIN', 'PROJECT_LEAD')),
    created_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT membership_uq UNIQUE NULLS NOT DISTINCT (user_id, team_id, role)
);
CREATE INDEX membership_team_ix ON membership (team_id);

-- Failed password logins per user name, shared by every node; a name is locked for a while after
-- too many failures, whether or not the account exists.
CREATE TABLE login_throttle (
    username        VARCHAR(254) PRIMARY KEY,
    failures        INT         NOT NULL,
    last_failure_at TIMESTAMPTZ NOT NULL,
    locked_until    TIMESTAMPTZ
);
