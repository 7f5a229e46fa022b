-- Framework data: one published index per area with the default method (min-max 0-100, equal weights, arithmetic
-- mean, units missing more than a third of the indicators not scored), over the indicators of the area that have a
-- better direction. The Secretariat may change or unpublish them; default_method marks them as not chosen by anyone.
INSERT INTO index_definition (name, area_code, normalisation, aggregation, max_missing, missing_out_of, published,
                              default_method, created_at, updated_at, version)
SELECT a.name_en || ' index', a.code, 'MIN_MAX', 'ARITHMETIC', 1, 3, TRUE, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0
FROM area a
WHERE EXISTS (SELECT 1 FROM indicator i WHERE i.area_code = a.code AND i.direction IN ('INCREASE', 'DECREASE'));

INSERT INTO index_component (index_id, indicator_code, position, weight)
SELECT d.id, i.code, ROW_NUMBER() OVER (PARTITION BY d.id ORDER BY i.code), NULL
FROM index_definition d
JOIN indicator i ON i.area_code = d.area_code AND i.direction IN ('INCREASE', 'DECREASE')
WHERE d.default_method;
