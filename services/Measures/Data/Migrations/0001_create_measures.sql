CREATE TABLE measures (
    id               uuid PRIMARY KEY,
    request_id       uuid UNIQUE,
    title            text NOT NULL,
    description      text NOT NULL DEFAULT '',
    theme            text NOT NULL CHECK (theme IN ('onderwijs', 'armoede', 'werk', 'gezondheid', 'wonen',
                                                    'veiligheid', 'participatie')),
    area_codes       text[] NOT NULL DEFAULT '{}',
    lead_partner_id  uuid NOT NULL,
    status           text NOT NULL CHECK (status IN ('idee', 'gepland', 'lopend', 'afgerond', 'gestopt')),
    version          bigint NOT NULL DEFAULT 1,
    created_at       timestamptz NOT NULL DEFAULT now(),
    updated_at       timestamptz NOT NULL DEFAULT now()
);

CREATE INDEX measures_lead_partner_idx ON measures (lead_partner_id);
CREATE INDEX measures_area_codes_idx ON measures USING gin (area_codes);
