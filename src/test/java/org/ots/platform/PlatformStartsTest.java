package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

@IntegrationTest
class PlatformStartsTest {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void homePageIsPublicAndShowsTheFramework() {
		String html = RestClient.create("http://localhost:" + port).get().uri("/").retrieve().body(String.class);
		assertThat(html).contains("Peer review of the Organization of Turkic States");
	}

	@Test
	void firstStartCreatesExactlyOneSecretariatAdmin() {
		assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'SECRETARIAT_ADMIN'").query(Long.class).single())
			.isEqualTo(1);
	}

	@OnPostgres
	static class OnPostgresTest extends PlatformStartsTest {
	}
}
