-- Bilateral turnover between member states is a headline figure of OTS summits. Until the framework gains a
-- partner dimension, the pair that the demo documents (Azerbaijan-Kazakhstan) is its own indicator, reported
-- under Kazakhstan.
INSERT INTO indicator (code, area_code, name_en, name_ru, name_tr, definition_en, definition_ru, definition_tr, unit,
  decimals, periodicity, direction, lower_limit, upper_limit, source, source_url, methodology, formula) VALUES
 ('TRD.BILAT.AZE_KAZ', 'TRD',
  'Trade turnover between Azerbaijan and Kazakhstan',
  'Товарооборот между Азербайджаном и Казахстаном',
  'Azerbaycan ile Kazakistan arasındaki ticaret hacmi',
  'Exports plus imports of goods between Azerbaijan and Kazakhstan in a calendar year, in millions of current US dollars, as reported by Kazakhstan.',
  'Экспорт и импорт товаров между Азербайджаном и Казахстаном за календарный год, млн текущих долларов США, по данным Казахстана.',
  'Azerbaycan ile Kazakistan arasındaki yıllık mal ihracatı ve ithalatı toplamı, cari milyon ABD doları, Kazakistan verilerine göre.',
  'million US$', 1, 'ANNUAL', 'INCREASE', 0, NULL,
  'Bureau of National Statistics of Kazakhstan; official statements', 'https://stat.gov.kz/',
  'Mirror statistics of the two partners differ (valuation CIF/FOB, timing, re-exports); the reporter is named in the source of every value.',
  NULL);
