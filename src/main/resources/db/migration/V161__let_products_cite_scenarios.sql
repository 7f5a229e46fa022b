-- The scenarios an analytical product cites, each at the version its authors read: a scenario's later versions do
-- not change what a published product refers to. One version per scenario and product; citing a newer version
-- replaces the older citation.
CREATE TABLE product_scenario (
    product_id        BIGINT       NOT NULL REFERENCES analytical_product(id) ON DELETE CASCADE,
    scenario_id       BIGINT       NOT NULL,
    scenario_version  INTEGER      NOT NULL,
    cited_by          VARCHAR(100) NOT NULL,
    cited_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (product_id, scenario_id),
    FOREIGN KEY (scenario_id, scenario_version) REFERENCES scenario_version(scenario_id, version)
);
CREATE INDEX product_scenario_version ON product_scenario(scenario_id, scenario_version);
