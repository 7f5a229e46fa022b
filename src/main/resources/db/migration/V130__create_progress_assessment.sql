-- The progress status of every series (indicator x state, or the OTS aggregate) by the Open SDG method, with the
-- inputs it was computed from (the components Open SDG caches per series) and the settings used, so that each
-- status can be explained. Derived data: recomputed when a series' observations change, and all of it when the
-- settings change. No foreign keys: the rows follow the indicators module's data through its events.
CREATE TABLE progress_assessment (
    indicator_code     VARCHAR(40)  NOT NULL,
    state_code         VARCHAR(3)   NOT NULL,
    status             VARCHAR(24)  NOT NULL,
    score              DOUBLE PRECISION,
    method             VARCHAR(12)  NOT NULL,
    data_points        INTEGER      NOT NULL,
    base_year          INTEGER,
    base_value         DOUBLE PRECISION,
    current_year       INTEGER,
    current_value      DOUBLE PRECISION,
    target_value       DOUBLE PRECISION,
    target_year        INTEGER,
    target_origin      VARCHAR(300),
    direction          INTEGER,
    value_sign         INTEGER,
    natural_limit      DOUBLE PRECISION,
    coefficient        DOUBLE PRECISION,
    progress_value     DOUBLE PRECISION,
    threshold_high     DOUBLE PRECISION,
    threshold_moderate DOUBLE PRECISION,
    threshold_low      DOUBLE PRECISION,
    reason             VARCHAR(300),
    explanation        TEXT         NOT NULL,
    configuration      VARCHAR(300) NOT NULL,
    computed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (indicator_code, state_code)
);
CREATE INDEX progress_assessment_state ON progress_assessment(state_code);
