package org.ots.platform.publishing;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description of /api/v1, served at /v3/api-docs and shown by Swagger UI at /swagger-ui.html. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

	static final String BASIC = "basicAuth";

	@Bean
	OpenAPI platformApi() {
		return new OpenAPI()
			.info(new Info().title("OTS Peer Review Platform API")
				.version("v1")
				.description("""
						Published data of the Organization of Turkic States' peer review: states, the indicator \
						framework (areas, indicators, targets) and observations. Reading is public. Writing needs a \
						platform account sent with HTTP Basic: the Secretariat changes the framework and any state's \
						data, a national coordinator only its own state's data. Errors are RFC 9457 problem details: \
						422 carries an `errors` map per field, 409 carries the stored and the attempted version.""")
				.license(new License().name("Data: see the source of each indicator")))
			.components(new Components().addSecuritySchemes(BASIC,
					new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
						.description("User name and password of a platform account")))
			.addSecurityItem(new SecurityRequirement().addList(BASIC));
	}
}
