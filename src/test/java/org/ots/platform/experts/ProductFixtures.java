package org.ots.platform.experts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.ots.platform.TestAccounts;
import org.ots.platform.identity.Role;
import org.ots.platform.identity.UserAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The test accounts plus an expert of a second institution ("another institution"), and products as the forms
 * send them.
 */
@Component
class ProductFixtures {

	static final String OTHER_EXPERT = "t-expert-other";
	static final String OTHER_INSTITUTE = "Other Test Institute";
	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final TestAccounts accounts;
	private final UserAccounts users;
	private final JdbcClient jdbc;
	private final TransactionTemplate transactions;

	ProductFixtures(TestAccounts accounts, UserAccounts users, JdbcClient jdbc, TransactionTemplate transactions) {
		this.accounts = accounts;
		this.users = users;
		this.jdbc = jdbc;
		this.transactions = transactions;
	}

	synchronized void ensure() {
		accounts.ensure();
		if (jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = ?").param(OTHER_EXPERT).query(Long.class).single() > 0) {
			return;
		}
		transactions.executeWithoutResult(tx -> {
			long other = users.registerInstitution(OTHER_INSTITUTE, "KAZ");
			users.createWithPassword("test", OTHER_EXPERT, "Other expert", OTHER_EXPERT + "@example.org", Role.EXPERT, null,
					other, TestAccounts.PASSWORD);
		});
	}

	long testInstitute() {
		return jdbc.sql("SELECT id FROM institution WHERE name = 'Test Institute'").query(Long.class).single();
	}

	/** A valid brief of the Test Institute by the test expert. */
	ProductEdit brief(Integer version) {
		return new ProductEdit("BRIEF", "Test brief " + SEQUENCE.incrementAndGet(), "A brief on transit times.",
				testInstitute(), List.of(TestAccounts.EXPERT), List.of("TRN"), List.of("OTS.TITR.CARGO"), List.of("KAZ", "AZE"),
				version);
	}

	static ProductEdit retitled(ProductEdit edit, String title, Integer version) {
		return new ProductEdit(edit.kind(), title, edit.summary(), edit.institutionId(), edit.authors(), edit.areaCodes(),
				edit.indicatorCodes(), edit.stateCodes(), version);
	}

	static byte[] pdf() {
		return DemoPdf.of(List.of("Test product"));
	}

	static byte[] csv() {
		return "indicator,state,year,value\nOTS.TITR.CARGO,KAZ,2024,4.5\n".getBytes(StandardCharsets.UTF_8);
	}

	/** The start of a Windows program: what a renamed executable looks like. */
	static byte[] program() {
		byte[] bytes = new byte[256];
		bytes[0] = 'M';
		bytes[1] = 'Z';
		bytes[2] = (byte) 0x90;
		return bytes;
	}
}
