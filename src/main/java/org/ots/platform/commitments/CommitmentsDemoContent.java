package org.ots.platform.commitments;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The OTS documents adopted since 2021 and a first set of their commitments, for the demonstration and as a
 * starting register. Every commitment text is the platform's own short summary; {@code summaryBasis} says what
 * it rests on, since the full texts of most documents could not be consulted (research notes, section 3.1).
 * None of the documents states a numeric OTS-wide target, so no target is recorded here; due dates only where
 * the document itself implies one (the Strategy's term, the Vision's horizon). Article numbers are not given
 * where they could not be verified: the reference then names the part of the document instead.
 */
@Component
public class CommitmentsDemoContent {

	static final String ACTOR = "demo-content";
	private static final List<String> MEMBERS = List.of("AZE", "KAZ", "KGZ", "TUR", "UZB");
	private static final List<String> CORRIDOR = List.of("AZE", "KAZ", "TUR");
	private static final List<String> BTK = List.of("AZE", "TUR");

	private final CommitmentRegistry registry;

	CommitmentsDemoContent(CommitmentRegistry registry) {
		this.registry = registry;
	}

	/** Records the documents and commitments, once: does nothing when any document is recorded already. */
	@Transactional
	public void load() {
		if (!registry.isEmpty()) {
			return;
		}
		vision2040();
		strategy2022();
		investmentFund2023();
		astana2023();
		karabakh2024();
		budapest2025();
		gabala2025();
	}

	private void vision2040() {
		document("TWV-2040", "VISION", "Turkic World Vision 2040", "Видение тюркского мира – 2040",
				"Türk Dünyası 2040 Vizyonu", "2021-11-12", "Istanbul",
				"https://apa.az/en/xeber/official-news/turkic-world-2040-vision-approved-final-document-of-viii-summit-istanbul-declaration-signed-361795",
				"Long-term vision adopted at the 8th Summit in Istanbul, where the Turkic Council became the Organization of Turkic States. It sets medium- and long-term goals in foreign policy, trade, investment, industry, transport, energy, tourism, agriculture, education, health and digitalisation. It gives directions, not numeric targets.",
				"Долгосрочное видение, принятое на 8-м саммите в Стамбуле, на котором Тюркский совет стал Организацией тюркских государств. Оно ставит средне- и долгосрочные цели во внешней политике, торговле, инвестициях, промышленности, транспорте, энергетике, туризме, сельском хозяйстве, образовании, здравоохранении и цифровизации. Оно задаёт направления, а не числовые целевые значения.",
				"Türk Konseyi'nin Türk Devletleri Teşkilatı'na dönüştüğü İstanbul'daki 8. Zirve'de kabul edilen uzun vadeli vizyon. Dış politika, ticaret, yatırım, sanayi, ulaştırma, enerji, turizm, tarım, eğitim, sağlık ve dijitalleşme alanlarında orta ve uzun vadeli hedefler koyar. Sayısal hedefler değil, yönler belirler.");
		String basis = "Platform summary of the Vision's scope as described by the OTS Deputy Secretary-General (turkeygazette.com) and of its proposal at the Baku Summit 2019 (kt.kz); the full text was not available.";
		commitment("TWV-2040", "Goals: trade, investment and digital integration",
				"Align economic policies and facilitate trade, investment and digital integration among the member states.",
				"Согласовывать экономическую политику и содействовать торговле, инвестициям и цифровой интеграции между государствами-членами.",
				"Üye devletler arasında ekonomi politikalarını uyumlaştırmak; ticareti, yatırımı ve dijital entegrasyonu kolaylaştırmak.",
				"TRD", "2040-12-31", basis, List.of("TRD.INTRA.OTS", "TRD.INTRA.OTS.SHARE"), MEMBERS);
		commitment("TWV-2040", "Goals: transport connections and regional mobility",
				"Increase the transport connections between the member states and make travel within the region easier.",
				"Расширять транспортные связи между государствами-членами и облегчать передвижение в регионе.",
				"Üye devletler arasındaki ulaştırma bağlantılarını artırmak ve bölge içinde seyahati kolaylaştırmak.",
				"TRN", "2040-12-31", basis, List.of("OTS.TITR.CARGO", "IS.RRS.GOOD.MT.K6"), MEMBERS);
		commitment("TWV-2040", "Goals: energy and green economy",
				"Strengthen energy connections and cooperate on energy and the green economy.",
				"Укреплять энергетические связи и сотрудничать в области энергетики и зелёной экономики.",
				"Enerji bağlantılarını güçlendirmek ve enerji ile yeşil ekonomi alanında iş birliği yapmak.",
				"CLI", "2040-12-31", basis, List.of("CLI.RENEW.ELEC", "EG.FEC.RNEW.ZS"), MEMBERS);
		commitment("TWV-2040", "Goals: digitalisation",
				"Cooperate on digitalisation, one of the long-term fields of the Vision.",
				"Сотрудничать в области цифровизации – одной из долгосрочных сфер Видения.",
				"Vizyonun uzun vadeli alanlarından biri olan dijitalleşmede iş birliği yapmak.",
				"DIG", "2040-12-31", basis, List.of("UN.EGDI", "IT.NET.USER.ZS"), MEMBERS);
	}

	private void strategy2022() {
		document("OTS-STRATEGY-2022-2026", "STRATEGY", "OTS Strategy 2022–2026 (Strategic Roadmap)",
				"Стратегия ОТГ на 2022–2026 годы (Стратегическая дорожная карта)",
				"TDT 2022–2026 Stratejisi (Stratejik Yol Haritası)", "2022-11-11", "Samarkand", null,
				"Signed at the 9th Summit in Samarkand together with the Samarkand Declaration and documents on transport cooperation, simplified customs corridors, a trade strategy and the Turkic Investment Fund. The Secretariat runs its programmes in economy, transport, media and education under this Strategy and the Vision 2040. No numeric targets were found.",
				"Подписана на 9-м саммите в Самарканде вместе с Самаркандской декларацией и документами о транспортном сотрудничестве, упрощённых таможенных коридорах, торговой стратегии и Тюркском инвестиционном фонде. Секретариат реализует свои программы в экономике, транспорте, СМИ и образовании в рамках этой Стратегии и Видения 2040. Числовые целевые значения не найдены.",
				"Semerkant'taki 9. Zirve'de Semerkant Bildirisi ile ulaştırma iş birliği, basitleştirilmiş gümrük koridorları, ticaret stratejisi ve Türk Yatırım Fonu belgeleriyle birlikte imzalandı. Sekretarya ekonomi, ulaştırma, medya ve eğitim programlarını bu Strateji ve 2040 Vizyonu çerçevesinde yürütür. Sayısal hedef bulunamadı.");
		String basis = "Platform summary based on reports of the documents signed in Samarkand (Daily Sabah) and of the Secretariat's programmes (Trend, 29 Sep 2025); the full text was not available.";
		commitment("OTS-STRATEGY-2022-2026", "Strategy: transport programme",
				"Carry out the transport cooperation programme of the Strategy within its term, to 2026.",
				"Реализовать программу транспортного сотрудничества Стратегии в пределах её срока, до 2026 года.",
				"Stratejinin ulaştırma iş birliği programını süresi içinde, 2026'ya kadar yürütmek.",
				"TRN", "2026-12-31", basis, List.of("OTS.TITR.CARGO", "OTS.TITR.TRANSIT_DAYS"), MEMBERS);
		commitment("OTS-STRATEGY-2022-2026", "Signed with the Strategy: simplified customs corridors",
				"Set up simplified customs corridors between the member states so that goods cross borders faster.",
				"Создать упрощённые таможенные коридоры между государствами-членами, чтобы товары быстрее пересекали границы.",
				"Malların sınırları daha hızlı geçmesi için üye devletler arasında basitleştirilmiş gümrük koridorları kurmak.",
				"TRN", null, basis, List.of("TRN.BORDER.HOURS", "LP.LPI.CUST.XQ"), MEMBERS);
		commitment("OTS-STRATEGY-2022-2026", "Signed with the Strategy: trade strategy",
				"Follow a common trade strategy to raise trade among the member states.",
				"Следовать общей торговой стратегии для роста торговли между государствами-членами.",
				"Üye devletler arasındaki ticareti artırmak için ortak bir ticaret stratejisi izlemek.",
				"TRD", null, basis, List.of("TRD.INTRA.OTS", "TRD.INTRA.OTS.SHARE"), MEMBERS);
	}

	private void investmentFund2023() {
		document("TIF-2023", "AGREEMENT", "Agreement establishing the Turkic Investment Fund",
				"Соглашение об учреждении Тюркского инвестиционного фонда",
				"Türk Yatırım Fonu'nun Kurulmasına İlişkin Anlaşma", "2023-03-16", "Ankara", null,
				"Establishes the Turkic Investment Fund, based in Istanbul, for a term of 20 years with an initial capital of US$500 million. The fund invests in small and medium-sized enterprises, intra-regional trade, logistics, agriculture, green energy and tourism.",
				"Учреждает Тюркский инвестиционный фонд со штаб-квартирой в Стамбуле на 20 лет с первоначальным капиталом 500 млн долларов США. Фонд инвестирует в малые и средние предприятия, внутрирегиональную торговлю, логистику, сельское хозяйство, зелёную энергетику и туризм.",
				"Merkezi İstanbul'da olan Türk Yatırım Fonu'nu 20 yıllık süre ve 500 milyon ABD doları başlangıç sermayesiyle kurar. Fon küçük ve orta ölçekli işletmelere, bölge içi ticarete, lojistiğe, tarıma, yeşil enerjiye ve turizme yatırım yapar.");
		String basis = "Platform summary based on reports of the agreement (Trend/MENAFN, jjtv.kz); the full text was not available.";
		commitment("TIF-2023", "Capital",
				"Each member state pays US$70 million of the obligatory capital of US$350 million; Kyrgyzstan pays its share in four instalments.",
				"Каждое государство-член вносит 70 млн долларов США в обязательный капитал в 350 млн долларов; Кыргызстан вносит свою долю четырьмя траншами.",
				"Her üye devlet 350 milyon dolarlık zorunlu sermayenin 70 milyon dolarını öder; Kırgızistan payını dört taksitte öder.",
				"TRD", null, basis, List.of(), MEMBERS);
		commitment("TIF-2023", "Purpose of the fund",
				"Finance projects of small and medium-sized enterprises, intra-regional trade, logistics, agriculture, green energy and tourism in the member states.",
				"Финансировать проекты малых и средних предприятий, внутрирегиональной торговли, логистики, сельского хозяйства, зелёной энергетики и туризма в государствах-членах.",
				"Üye devletlerde küçük ve orta ölçekli işletmelerin, bölge içi ticaretin, lojistiğin, tarımın, yeşil enerjinin ve turizmin projelerini finanse etmek.",
				"TRD", null, basis, List.of("TRD.INTRA.OTS", "BX.KLT.DINV.WD.GD.ZS"), MEMBERS);
	}

	private void astana2023() {
		document("ASTANA-2023", "DECLARATION", "Astana Declaration of the 10th Summit (TÜRKTIME)",
				"Астанинская декларация 10-го саммита («TÜRKTIME»)", "10. Zirve Astana Bildirisi (TÜRKTIME)",
				"2023-11-03", "Astana", null,
				"Declaration of the 10th Summit under the theme TÜRKTIME. It stresses multimodal transport routes with a focus on the Middle Corridor and names several railway links of the region.",
				"Декларация 10-го саммита под девизом TÜRKTIME. В ней подчёркиваются мультимодальные транспортные маршруты с акцентом на Средний коридор и названы несколько железнодорожных связей региона.",
				"TÜRKTIME temalı 10. Zirve'nin bildirisi. Orta Koridor odaklı çok modlu ulaştırma güzergâhlarını vurgular ve bölgenin birkaç demiryolu bağlantısını sayar.");
		String basis = "Platform summary based on a report of the declaration (News.az); the full text was not available.";
		commitment("ASTANA-2023", "Transport: Middle Corridor",
				"Develop multimodal transport routes, with the Middle Corridor in focus.",
				"Развивать мультимодальные транспортные маршруты с акцентом на Средний коридор.",
				"Orta Koridor'a odaklanarak çok modlu ulaştırma güzergâhlarını geliştirmek.",
				"TRN", null, basis, List.of("OTS.TITR.CARGO", "OTS.TITR.TEU", "OTS.TITR.TRANSIT_DAYS"), CORRIDOR);
		commitment("ASTANA-2023", "Transport: Baku–Tbilisi–Kars railway",
				"Develop the Baku–Tbilisi–Kars railway.",
				"Развивать железную дорогу Баку – Тбилиси – Карс.",
				"Bakü–Tiflis–Kars demiryolunu geliştirmek.",
				"TRN", null, basis, List.of("IS.RRS.GOOD.MT.K6"), BTK);
		commitment("ASTANA-2023", "Transport: regional railways",
				"Develop the China–Kyrgyzstan–Uzbekistan, Kazakhstan–Turkmenistan–Iran and Termez–Mazar-i-Sharif–Kabul–Peshawar railways.",
				"Развивать железные дороги Китай – Кыргызстан – Узбекистан, Казахстан – Туркменистан – Иран и Термез – Мазари-Шариф – Кабул – Пешавар.",
				"Çin–Kırgızistan–Özbekistan, Kazakistan–Türkmenistan–İran ve Termez–Mezar-ı Şerif–Kabil–Peşaver demiryollarını geliştirmek.",
				"TRN", null, basis, List.of("IS.RRS.TOTL.KM"), List.of("KAZ", "KGZ", "UZB", "TKM"));
		commitment("ASTANA-2023", "Transport: East Zangezur and Nakhchivan",
				"Develop the links between East Zangezur and Nakhchivan.",
				"Развивать связи между Восточным Зангезуром и Нахчываном.",
				"Doğu Zengezur ile Nahçıvan arasındaki bağlantıları geliştirmek.",
				"TRN", null, basis, List.of(), BTK);
	}

	private void karabakh2024() {
		document("KARABAKH-2024", "DECLARATION", "Karabakh Declaration", "Карабахская декларация", "Karabağ Bildirgesi",
				"2024-07-06", "Shusha", "https://en.azvision.az/news/180777/news.html",
				"Declaration of the informal summit in Shusha, \"Building a Sustainable Future through Transport, Connectivity and Climate Action\", in 31 articles. It addresses the Middle Corridor, climate action before COP29 in Baku, yearly informal summits and a stronger Secretariat. No numeric targets were found.",
				"Декларация неформального саммита в Шуше «Строим устойчивое будущее через транспорт, взаимосвязанность и климатические действия» из 31 статьи. Она касается Среднего коридора, климатических действий накануне COP29 в Баку, ежегодных неформальных саммитов и укрепления Секретариата. Числовые целевые значения не найдены.",
				"Şuşa'daki gayriresmî zirvenin \"Ulaştırma, Bağlantısallık ve İklim Eylemi ile Sürdürülebilir Bir Gelecek İnşa Etmek\" temalı, 31 maddelik bildirgesi. Orta Koridor'u, Bakü'deki COP29 öncesinde iklim eylemini, yıllık gayriresmî zirveleri ve güçlendirilmiş bir Sekretaryayı ele alır. Sayısal hedef bulunamadı.");
		String basis = "Platform summary based on the published text (azvision.az, shusha.org) and press summaries (AzerNews, Caspian News); article numbers not verified.";
		commitment("KARABAKH-2024", "Transport and connectivity",
				"Develop the Trans-Caspian East–West Middle Corridor linking Europe, Türkiye, the South Caucasus, Central Asia and China, with the Baku–Tbilisi–Kars and China–Kyrgyzstan–Uzbekistan railways.",
				"Развивать Транскаспийский коридор Восток – Запад (Средний коридор), связывающий Европу, Турцию, Южный Кавказ, Центральную Азию и Китай, вместе с железными дорогами Баку – Тбилиси – Карс и Китай – Кыргызстан – Узбекистан.",
				"Avrupa, Türkiye, Güney Kafkasya, Orta Asya ve Çin'i birbirine bağlayan Hazar Ötesi Doğu–Batı Orta Koridoru'nu, Bakü–Tiflis–Kars ve Çin–Kırgızistan–Özbekistan demiryollarıyla birlikte geliştirmek.",
				"TRN", null, basis, List.of("OTS.TITR.CARGO", "OTS.TITR.TEU", "OTS.TITR.TRANSIT_DAYS"), MEMBERS);
		commitment("KARABAKH-2024", "Climate action: renewable energy",
				"Cooperate on renewable energy as part of climate action in the run-up to COP29.",
				"Сотрудничать в области возобновляемой энергетики в рамках климатических действий накануне COP29.",
				"COP29 öncesinde iklim eyleminin parçası olarak yenilenebilir enerjide iş birliği yapmak.",
				"CLI", null, basis, List.of("CLI.RENEW.ELEC", "EG.ELC.RNEW.ZS", "EG.FEC.RNEW.ZS"), MEMBERS);
		commitment("KARABAKH-2024", "Climate action: smart cities and villages",
				"Build climate-resilient smart cities and villages.",
				"Создавать устойчивые к изменению климата «умные» города и сёла.",
				"İklime dayanıklı akıllı şehirler ve köyler inşa etmek.",
				"CLI", null, basis, List.of(), MEMBERS);
		commitment("KARABAKH-2024", "Institutions",
				"Hold an informal summit every year and strengthen the OTS Secretariat.",
				"Проводить неформальный саммит ежегодно и укреплять Секретариат ОТГ.",
				"Her yıl gayriresmî bir zirve düzenlemek ve TDT Sekretaryasını güçlendirmek.",
				null, null, basis, List.of(), MEMBERS);
	}

	private void budapest2025() {
		document("BUDAPEST-2025", "DECLARATION", "Budapest Declaration", "Будапештская декларация",
				"Budapeşte Bildirgesi", "2025-05-21", "Budapest", null,
				"Declaration of the informal summit in Budapest, \"Meeting Point of East and West\", the first summit held in an observer state. Its 71 points cover trade, energy, transport, digital transformation, culture and regional security, and reaffirm the Nakhchivan Agreement, the Vision 2040 and the Charter of the Turkic World. No numeric targets were found.",
				"Декларация неформального саммита в Будапеште «Место встречи Востока и Запада» – первого саммита в государстве-наблюдателе. Её 71 пункт охватывает торговлю, энергетику, транспорт, цифровую трансформацию, культуру и региональную безопасность и подтверждает Нахчыванское соглашение, Видение 2040 и Хартию тюркского мира. Числовые целевые значения не найдены.",
				"Budapeşte'deki \"Doğu ile Batı'nın Buluşma Noktası\" temalı gayriresmî zirvenin bildirgesi; bir gözlemci devlette yapılan ilk zirve. 71 maddesi ticaret, enerji, ulaştırma, dijital dönüşüm, kültür ve bölgesel güvenliği kapsar; Nahçıvan Anlaşması'nı, 2040 Vizyonu'nu ve Türk Dünyası Şartı'nı teyit eder. Sayısal hedef bulunamadı.");
		String basis = "Platform summary based on press reports of the declaration (president.az via einpresswire, AzerNews, anewz.tv, zakon.kz); the full text was not available.";
		commitment("BUDAPEST-2025", "Digital transformation",
				"Cooperate on the digital transformation of the member states.",
				"Сотрудничать в цифровой трансформации государств-членов.",
				"Üye devletlerin dijital dönüşümünde iş birliği yapmak.",
				"DIG", null, basis, List.of("UN.EGDI", "UN.EGDI.OSI", "IT.NET.USER.ZS"), MEMBERS);
		commitment("BUDAPEST-2025", "Trade, energy and transport",
				"Deepen cooperation in trade, energy and transport.",
				"Углублять сотрудничество в торговле, энергетике и транспорте.",
				"Ticaret, enerji ve ulaştırmada iş birliğini derinleştirmek.",
				"TRD", null, basis, List.of("TRD.INTRA.OTS", "TRD.INTRA.OTS.SHARE"), MEMBERS);
		commitment("BUDAPEST-2025", "Institutions: OTS office in Hungary",
				"Appoint an executive director for the OTS office in Hungary.",
				"Назначить исполнительного директора представительства ОТГ в Венгрии.",
				"TDT'nin Macaristan ofisi için bir icra direktörü atamak.",
				null, null, basis, List.of(), List.of("HUN"));
	}

	private void gabala2025() {
		document("GABALA-2025", "DECLARATION", "Gabala Declaration of the 12th Summit",
				"Габалинская декларация 12-го саммита", "12. Zirve Gebele Bildirgesi", "2025-10-07", "Gabala", null,
				"Declaration of the 12th Summit in Gabala. It supports making the Zangezur Corridor operational, using the Baku–Tbilisi–Kars railway to its full potential, the Middle Corridor and the China–Kyrgyzstan–Uzbekistan railway, and welcomes the Azerbaijan–Armenia agreement of 8 August 2025 in Washington.",
				"Декларация 12-го саммита в Габале. Она поддерживает введение в действие Зангезурского коридора, использование железной дороги Баку – Тбилиси – Карс в полную силу, Средний коридор и железную дорогу Китай – Кыргызстан – Узбекистан и приветствует соглашение Азербайджана и Армении от 8 августа 2025 года в Вашингтоне.",
				"Gebele'deki 12. Zirve'nin bildirgesi. Zengezur Koridoru'nun işler hâle getirilmesini, Bakü–Tiflis–Kars demiryolunun tam potansiyeliyle kullanılmasını, Orta Koridor'u ve Çin–Kırgızistan–Özbekistan demiryolunu destekler; Azerbaycan ile Ermenistan arasında 8 Ağustos 2025'te Washington'da varılan anlaşmayı memnuniyetle karşılar.");
		String basis = "Platform summary based on reports of the declaration (Report.az, Trend); the full text was not available.";
		commitment("GABALA-2025", "Transport: Zangezur Corridor",
				"Support making the Zangezur Corridor operational.",
				"Поддерживать введение в действие Зангезурского коридора.",
				"Zengezur Koridoru'nun işler hâle getirilmesini desteklemek.",
				"TRN", null, basis, List.of(), BTK);
		commitment("GABALA-2025", "Transport: Baku–Tbilisi–Kars railway",
				"Use the Baku–Tbilisi–Kars railway to its full potential.",
				"Использовать железную дорогу Баку – Тбилиси – Карс в полную силу.",
				"Bakü–Tiflis–Kars demiryolunu tam potansiyeliyle kullanmak.",
				"TRN", null, basis, List.of("IS.RRS.GOOD.MT.K6", "OTS.TITR.CARGO"), BTK);
		commitment("GABALA-2025", "Transport: Middle Corridor and China–Kyrgyzstan–Uzbekistan railway",
				"Develop the Trans-Caspian International Transport Route and the China–Kyrgyzstan–Uzbekistan railway.",
				"Развивать Транскаспийский международный транспортный маршрут и железную дорогу Китай – Кыргызстан – Узбекистан.",
				"Hazar Ötesi Uluslararası Taşıma Rotası'nı ve Çin–Kırgızistan–Özbekistan demiryolunu geliştirmek.",
				"TRN", null, basis, List.of("OTS.TITR.CARGO", "OTS.TITR.TRANSIT_DAYS"), MEMBERS);
	}

	private void document(String code, String kind, String titleEn, String titleRu, String titleTr, String adoptedOn,
			String place, String url, String summaryEn, String summaryRu, String summaryTr) {
		registry.createInitiativeAs(ACTOR, new InitiativeEdit(code, kind, titleEn, titleRu, titleTr, adoptedOn, place,
				url, summaryEn, summaryRu, summaryTr, null));
	}

	private void commitment(String document, String reference, String textEn, String textRu, String textTr,
			String area, String dueDate, String basis, List<String> indicators, List<String> states) {
		registry.addCommitmentAs(ACTOR, document, new CommitmentEdit(reference, textEn, textRu, textTr, area, dueDate,
				null, basis, indicators, states, null));
	}
}
