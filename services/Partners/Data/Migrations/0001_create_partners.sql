CREATE TABLE partners (
    id          uuid PRIMARY KEY,
    request_id  uuid UNIQUE,
    name        text NOT NULL,
    type        text NOT NULL CHECK (type IN ('gemeente', 'bewoners', 'woningcorporatie', 'politie', 'welzijn',
                                              'werkgever', 'onderwijs', 'kinderopvang', 'rijk', 'other')),
    role        text NOT NULL DEFAULT '',
    website     text NOT NULL DEFAULT '',
    version     bigint NOT NULL DEFAULT 1,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX partners_name_idx ON partners (lower(name), id);
