package org.ots.platform.commitments;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.ots.platform.indicators.IndicatorCatalog;
import org.ots.platform.shared.LocalizedText;
import org.ots.platform.states.States;
import org.springframework.stereotype.Component;

/**
 * Checks what the Secretariat enters against the rest of the platform: areas, indicators and states must exist,
 * dates must be dates, and texts must fit. Reports every problem at once, field by field.
 */
@Component
class CommitmentValidator {

	static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9_-]{1,39}");
	/** A commitment is summarised in the platform's own words; anything longer is likely a pasted passage. */
	static final int MAX_TEXT = 1200;
	/** The oldest document the platform follows: the Nakhchivan Agreement founding the Turkic Council. */
	static final LocalDate FIRST_ADOPTION = LocalDate.of(2009, 10, 3);

	private final IndicatorCatalog catalog;
	private final States states;

	CommitmentValidator(IndicatorCatalog catalog, States states) {
		this.catalog = catalog;
		this.states = states;
	}

	Initiative check(InitiativeEdit edit, LocalDate today) {
		Map<String, String> errors = new LinkedHashMap<>();
		String code = trim(edit.code()) == null ? null : trim(edit.code()).toUpperCase();
		if (code == null || !CODE.matcher(code).matches()) {
			errors.put("code", "the code is 2 to 40 capital letters, digits, '-' or '_' (for example KARABAKH-2024)");
		}
		InitiativeKind kind = kind(edit.kind(), errors);
		required("titleEn", edit.titleEn(), 300, errors);
		required("titleRu", edit.titleRu(), 300, errors);
		required("titleTr", edit.titleTr(), 300, errors);
		LocalDate adopted = date("adoptedOn", edit.adoptedOn(), errors);
		if (adopted == null && !errors.containsKey("adoptedOn")) {
			errors.put("adoptedOn", "enter the date of adoption");
		}
		else if (adopted != null && (adopted.isBefore(FIRST_ADOPTION) || adopted.isAfter(today))) {
			errors.put("adoptedOn", "the date of adoption lies between " + FIRST_ADOPTION + " and today");
		}
		optional("place", edit.place(), 120, errors);
		String url = trim(edit.referenceUrl());
		if (url != null && !isWebAddress(url)) {
			errors.put("referenceUrl", "the reference is a web address starting with https:// or http://");
		}
		optional("summaryEn", edit.summaryEn(), 4000, errors);
		optional("summaryRu", edit.summaryRu(), 4000, errors);
		optional("summaryTr", edit.summaryTr(), 4000, errors);
		if (!errors.isEmpty()) {
			throw new InvalidCommitmentException(errors);
		}
		return new Initiative(null, code, kind,
				new LocalizedText(trim(edit.titleEn()), trim(edit.titleRu()), trim(edit.titleTr())), adopted,
				trim(edit.place()), url,
				new LocalizedText(trim(edit.summaryEn()), trim(edit.summaryRu()), trim(edit.summaryTr())), 0, List.of());
	}

	Commitment check(CommitmentEdit edit, Initiative document, int defaultSortOrder) {
		Map<String, String> errors = new LinkedHashMap<>();
		required("reference", edit.reference(), 80, errors);
		required("textEn", edit.textEn(), MAX_TEXT, errors);
		optional("textRu", edit.textRu(), MAX_TEXT, errors);
		optional("textTr", edit.textTr(), MAX_TEXT, errors);
		optional("summaryBasis", edit.summaryBasis(), 400, errors);
		String area = trim(edit.areaCode()) == null ? null : trim(edit.areaCode()).toUpperCase();
		if (area != null && catalog.areas().stream().noneMatch(a -> a.code().equals(area))) {
			errors.put("areaCode", "unknown area '" + area + "'");
		}
		LocalDate due = date("dueDate", edit.dueDate(), errors);
		if (due != null && due.isBefore(document.adoptedOn())) {
			errors.put("dueDate", "the due date cannot be before the document was adopted (" + document.adoptedOn() + ")");
		}
		List<String> indicators = codes(edit.indicatorCodes(), "indicatorCodes", "indicator",
				code -> catalog.find(code).isPresent(), errors);
		List<String> responsible = codes(edit.stateCodes(), "stateCodes", "state", states::exists, errors);
		if (edit.sortOrder() != null && edit.sortOrder() < 0) {
			errors.put("sortOrder", "the position is 0 or more");
		}
		if (!errors.isEmpty()) {
			throw new InvalidCommitmentException(errors);
		}
		return new Commitment(null, document.id(), document.code(), trim(edit.reference()),
				new LocalizedText(trim(edit.textEn()), trim(edit.textRu()), trim(edit.textTr())), area, due,
				edit.sortOrder() == null ? defaultSortOrder : edit.sortOrder(), trim(edit.summaryBasis()), indicators,
				responsible, 0);
	}

	private static List<String> codes(List<String> given, String field, String what,
			java.util.function.Predicate<String> exists, Map<String, String> errors) {
		LinkedHashSet<String> codes = new LinkedHashSet<>();
		for (String code : given) {
			if (code != null && !code.isBlank()) {
				codes.add(code.trim().toUpperCase());
			}
		}
		List<String> unknown = codes.stream().filter(code -> !exists.test(code)).toList();
		if (!unknown.isEmpty()) {
			errors.put(field, "unknown " + what + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown));
		}
		return List.copyOf(codes);
	}

	private static InitiativeKind kind(String text, Map<String, String> errors) {
		try {
			return InitiativeKind.valueOf(text == null ? "" : text.trim().toUpperCase());
		}
		catch (IllegalArgumentException e) {
			errors.put("kind", "the kind is one of " + java.util.Arrays.toString(InitiativeKind.values()));
			return null;
		}
	}

	private static LocalDate date(String field, String text, Map<String, String> errors) {
		if (trim(text) == null) {
			return null;
		}
		try {
			return LocalDate.parse(text.trim());
		}
		catch (DateTimeParseException e) {
			errors.put(field, "'" + text + "' is not a date: write it as 2026-12-31");
			return null;
		}
	}

	private static void required(String field, String text, int max, Map<String, String> errors) {
		if (trim(text) == null) {
			errors.put(field, "this field is required");
		}
		else {
			optional(field, text, max, errors);
		}
	}

	private static void optional(String field, String text, int max, Map<String, String> errors) {
		if (text != null && text.trim().length() > max) {
			errors.put(field, "longer than " + max + " characters");
		}
	}

	private static boolean isWebAddress(String text) {
		try {
			URI uri = URI.create(text);
			return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
					&& text.length() <= 400;
		}
		catch (IllegalArgumentException e) {
			return false;
		}
	}

	static String trim(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
