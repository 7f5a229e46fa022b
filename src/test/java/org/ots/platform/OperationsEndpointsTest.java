package org.ots.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@IntegrationTest
class OperationsEndpointsTest {

	@LocalServerPort
	int port;

	@Test
	void healthAndPrometheusMetricsAreServedForOperators() {
		RestClient client = RestClient.create("http://localhost:" + port);

		assertThat(client.get().uri("/actuator/health").retrieve().body(String.class)).contains("UP");
		assertThat(client.get().uri("/actuator/prometheus").retrieve().body(String.class)).contains("jvm_memory_used_bytes");
	}
}
