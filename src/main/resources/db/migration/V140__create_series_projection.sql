-- The projection of every annual series (indicator x state, or the OTS aggregate) with what it was computed from:
-- the method and the fitted models, a fingerprint of the input (values, limits, target, settings) so that the same
-- input is seen to give the same output, and the probability of meeting the series' target in its year. Derived
-- data: recomputed when a series' observations or its indicator change. No foreign keys: the rows follow the
-- indicators module's data through its events.
CREATE TABLE series_projection (
    indicator_code   VARCHAR(40)  NOT NULL,
    state_code       VARCHAR(3)   NOT NULL,
    method           VARCHAR(40)  NOT NULL,
    fits             TEXT         NOT NULL,
    data_points      INTEGER      NOT NULL,
    first_year       INTEGER,
    last_year        INTEGER,
    interpolated     INTEGER      NOT NULL,
    illustrative     BOOLEAN      NOT NULL,
    lower_limit      DOUBLE PRECISION,
    upper_limit      DOUBLE PRECISION,
    reason           VARCHAR(40),
    direction        VARCHAR(10),
    target_value     DOUBLE PRECISION,
    target_year      INTEGER,
    target_origin    VARCHAR(300),
    target_own       BOOLEAN,
    probability      DOUBLE PRECISION,
    fingerprint      VARCHAR(64)  NOT NULL,
    configuration    VARCHAR(300) NOT NULL,
    computed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_code, state_code)
);
CREATE INDEX series_projection_state ON series_projection(state_code);

-- One projected year: the point projection and the bounds of the 80% and 95% prediction intervals.
CREATE TABLE series_projection_year (
    indicator_code VARCHAR(40)      NOT NULL,
    state_code     VARCHAR(3)       NOT NULL,
    projected_year INTEGER          NOT NULL,
    point          DOUBLE PRECISION NOT NULL,
    lower80        DOUBLE PRECISION NOT NULL,
    upper80        DOUBLE PRECISION NOT NULL,
    lower95        DOUBLE PRECISION NOT NULL,
    upper95        DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (indicator_code, state_code, projected_year),
    FOREIGN KEY (indicator_code, state_code) REFERENCES series_projection (indicator_code, state_code) ON DELETE CASCADE
);
