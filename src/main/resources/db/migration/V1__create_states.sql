-- Member and observer states of the OTS, and the OTS itself as the aggregate "state" of regional series.
CREATE TABLE state (
    code        VARCHAR(3)   PRIMARY KEY,
    iso_code    VARCHAR(3),
    kind        VARCHAR(16)  NOT NULL,
    name_en     VARCHAR(120) NOT NULL,
    name_ru     VARCHAR(120) NOT NULL,
    name_tr     VARCHAR(120) NOT NULL,
    sort_order  INTEGER      NOT NULL
);

INSERT INTO state (code, iso_code, kind, name_en, name_ru, name_tr, sort_order) VALUES
 ('AZE', 'AZE', 'MEMBER',   'Azerbaijan',  'Азербайджан', 'Azerbaycan',  1),
 ('KAZ', 'KAZ', 'MEMBER',   'Kazakhstan',  'Казахстан',   'Kazakistan',  2),
 ('KGZ', 'KGZ', 'MEMBER',   'Kyrgyzstan',  'Кыргызстан',  'Kırgızistan', 3),
 ('TUR', 'TUR', 'MEMBER',   'Türkiye',     'Турция',      'Türkiye',     4),
 ('UZB', 'UZB', 'MEMBER',   'Uzbekistan',  'Узбекистан',  'Özbekistan',  5),
 ('HUN', 'HUN', 'OBSERVER', 'Hungary',     'Венгрия',     'Macaristan',  6),
 ('TKM', 'TKM', 'OBSERVER', 'Turkmenistan','Туркменистан','Türkmenistan',7),
-- No ISO 3166 code exists; XNC is from the user-assigned range (ISO 3166-1 reserves XAA-XZZ for such use).
 ('XNC', NULL,  'OBSERVER', 'Turkish Cypriot State', 'Турецкое государство Кипр', 'Kıbrıs Türk Devleti', 8),
 ('OTS', NULL,  'AGGREGATE','Organization of Turkic States (all members)', 'Организация тюркских государств (все члены)', 'Türk Devletleri Teşkilatı (tüm üyeler)', 9);
