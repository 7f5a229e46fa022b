package org.ots.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableAsync;

/** The OTS Peer Review Platform: one Spring Boot application made of Spring Modulith modules, one per business capability. */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableAsync
public class OtsPlatformApplication {

	public static void main(String[] args) {
		SpringApplication.run(OtsPlatformApplication.class, args);
	}
}
