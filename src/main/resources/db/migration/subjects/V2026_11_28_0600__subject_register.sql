-- The subject register: persons, companies, premises, vehicles, vessels, containers, phones, bank
-- accounts and e-mail addresses, each recorded in a compartment (sharing module) with a
-- data-subject category (Directive 2016/680 art. 6).
--
-- subject                 one record of a subject, as one source (partner, file, import) gave it
-- subject_identifier      its identifiers, validated and normalised (docs/IDENTIFIERS.md)
-- subject_address         its postal addresses, normalised, with their matching key
-- subject_relation        typed links between two subjects, with a period, a source item and a grading
-- subject_match_decision  people's decisions that two records are (not) the same entity; append-only,
--                         the latest row of a pair is the one that counts, earlier rows are its history
--
-- Names are searched on keys computed by the application (be.stroomplan.subjects.Names): the
-- normalised name, the canonical key (sorted canonical tokens), transliteration variant keys and
-- phonetic keys; and on the raw name folded by subject_fold (lower case, no diacritics).

-- unaccent() is STABLE (it reads its dictionary by search path); with the dictionary named, the
-- wrapper is safe to declare IMMUTABLE, so that it can be indexed.
CREATE FUNCTION subject_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

CREATE TABLE subject (
    id               UUID          PRIMARY KEY,
    compartment_id   UUID          NOT NULL,
    type             VARCHAR(16)   NOT NULL CHECK (type IN ('PERSON', 'COMPANY', 'ADDRESS', 'VEHICLE', 'VESSEL',
                                       'CONTAINER', 'PHONE', 'BANK_ACCOUNT', 'EMAIL')),
    name             VARCHAR(300)  NOT NULL,
    name_normalised  VARCHAR(300)  NOT NULL,
    name_canonical   VARCHAR(300)  NOT NULL,
    name_variants    TEXT[]        NOT NULL DEFAULT '{}',
    name_phonetic    TEXT[]        NOT NULL DEFAULT '{}',
    birth_date       DATE,
    birth_place      VARCHAR(200),
    nationality      CHAR(2),
    legal_form       VARCHAR(50),
    nace_codes       TEXT[]        NOT NULL DEFAULT '{}',
    ref              VARCHAR(100),
    category         VARCHAR(16)   NOT NULL CHECK (category IN ('SUSPECT', 'CONVICTED', 'VICTIM', 'WITNESS',
                                       'INFORMANT', 'CONTACT', 'OTHER')),
    -- the organisation that recorded it: in a MAHO case or COAC action only that organisation's
    -- members read it, unless it is part of the compartment's own record (docs/SECURITY.md)
    owner_org        VARCHAR(64)   NOT NULL,
    on_record        BOOLEAN       NOT NULL DEFAULT false,
    created_by       VARCHAR(64)   NOT NULL,
    created_at       TIMESTAMPTZ   NOT NULL,
    version          INT           NOT NULL DEFAULT 1 CHECK (version > 0)
);
CREATE INDEX subject_compartment_ix ON subject (compartment_id, created_at DESC, id);
CREATE INDEX subject_name_trgm_ix ON subject USING gin (subject_fold(name) gin_trgm_ops);
CREATE INDEX subject_normalised_trgm_ix ON subject USING gin (name_normalised gin_trgm_ops);
CREATE INDEX subject_canonical_trgm_ix ON subject USING gin (name_canonical gin_trgm_ops);
CREATE INDEX subject_variants_ix ON subject USING gin (name_variants);
CREATE INDEX subject_phonetic_ix ON subject USING gin (name_phonetic);
CREATE INDEX subject_birth_year_ix ON subject ((extract(year FROM birth_date)::int)) WHERE birth_date IS NOT NULL;
CREATE INDEX subject_ref_ix ON subject (compartment_id, ref) WHERE ref IS NOT NULL;

CREATE TABLE subject_identifier (
    subject_id  UUID          NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    type        VARCHAR(24)   NOT NULL CHECK (type IN ('NATIONAL_NUMBER', 'ENTERPRISE_NUMBER', 'IBAN', 'PLATE', 'VIN',
                                  'CONTAINER', 'IMO', 'PHONE', 'EMAIL', 'ADDRESS')),
    -- the normalised value (Identifiers.check), the form people write, and the matching key
    -- (equal to the value except for addresses)
    value       VARCHAR(300)  NOT NULL,
    display     VARCHAR(300)  NOT NULL,
    match_key   VARCHAR(300)  NOT NULL,
    PRIMARY KEY (subject_id, type, value)
);
CREATE INDEX subject_identifier_value_ix ON subject_identifier (type, value);
CREATE INDEX subject_identifier_key_ix ON subject_identifier (type, match_key);

CREATE TABLE subject_address (
    subject_id    UUID          NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    position      SMALLINT      NOT NULL,
    street        VARCHAR(200)  NOT NULL,
    number        VARCHAR(20)   NOT NULL,
    box           VARCHAR(20)   NOT NULL DEFAULT '',
    postcode      CHAR(4)       NOT NULL,
    municipality  VARCHAR(100)  NOT NULL,
    match_key     VARCHAR(300)  NOT NULL,
    PRIMARY KEY (subject_id, position)
);
CREATE INDEX subject_address_key_ix ON subject_address (match_key);

CREATE TABLE subject_relation (
    id                    UUID         PRIMARY KEY,
    source_id             UUID         NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    target_id             UUID         NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    type                  VARCHAR(32)  NOT NULL CHECK (type IN ('FAMILY', 'ASSOCIATE', 'DIRECTOR_OF', 'SHAREHOLDER_OF',
                                           'LIVES_AT', 'REGISTERED_AT', 'OWNS_VEHICLE', 'USES_PHONE', 'HOLDS_ACCOUNT',
                                           'EMPLOYS', 'SHIPS_VIA_CONTAINER', 'OWNS', 'OPERATES_VESSEL', 'USES_EMAIL',
                                           'UNKNOWN_LINK')),
    period_from           DATE,
    period_to             DATE,
    source_item           UUID,
    -- Europol 4x4: source reliability A, B, C, X and information accuracy 1 to 4
    source_reliability    CHAR(1)      CHECK (source_reliability IN ('A', 'B', 'C', 'X')),
    information_accuracy  CHAR(1)      CHECK (information_accuracy IN ('1', '2', '3', '4')),
    -- the compartment it was recorded in (the source subject's) and by which organisation
    compartment_id        UUID         NOT NULL,
    owner_org             VARCHAR(64)  NOT NULL,
    on_record             BOOLEAN      NOT NULL DEFAULT false,
    created_by            VARCHAR(64)  NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    CHECK (source_id <> target_id),
    CHECK (period_to IS NULL OR period_from IS NULL OR period_from <= period_to)
);
CREATE INDEX subject_relation_source_ix ON subject_relation (source_id, target_id);
CREATE INDEX subject_relation_target_ix ON subject_relation (target_id, source_id);
CREATE INDEX subject_relation_compartment_ix ON subject_relation (compartment_id);

CREATE TABLE subject_match_decision (
    id            UUID         PRIMARY KEY,
    -- the pair, smaller id first
    subject_a     UUID         NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    subject_b     UUID         NOT NULL REFERENCES subject (id) ON DELETE CASCADE,
    decision      VARCHAR(16)  NOT NULL CHECK (decision IN ('SAME', 'NOT_SAME')),
    score         NUMERIC(4, 3),
    decided_by    VARCHAR(64)  NOT NULL,
    decided_org   VARCHAR(64)  NOT NULL,
    decided_at    TIMESTAMPTZ  NOT NULL,
    CHECK (subject_a < subject_b)
);
CREATE INDEX subject_match_decision_a_ix ON subject_match_decision (subject_a, subject_b, decided_at DESC);
CREATE INDEX subject_match_decision_b_ix ON subject_match_decision (subject_b, subject_a, decided_at DESC);

-- decisions are history: the application may add them, never change or remove them
DO $$
BEGIN
    IF '${appRole}' <> '' AND '${appRole}' <> current_user THEN
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON subject_match_decision FROM %I', '${appRole}');
    END IF;
END
$$;
