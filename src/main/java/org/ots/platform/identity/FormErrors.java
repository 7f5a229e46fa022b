package org.ots.platform.identity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns a broken account rule into a message next to the field it concerns, in the user's language; rules
 * without a field are shown above the form under the key {@code form}.
 */
@Component
class FormErrors {

	private final MessageSource messages;

	FormErrors(MessageSource messages) {
		this.messages = messages;
	}

	Map<String, String> of(AccountRuleException rule, Locale locale) {
		String text = rule.code() == null ? rule.getMessage()
				: messages.getMessage(rule.code(), rule.arguments(), rule.getMessage(), locale);
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(rule.field() == null ? "form" : rule.field(), text);
		return errors;
	}

	Map<String, String> of(String field, String code, Locale locale) {
		Map<String, String> errors = new LinkedHashMap<>();
		errors.put(field, messages.getMessage(code, null, locale));
		return errors;
	}
}
