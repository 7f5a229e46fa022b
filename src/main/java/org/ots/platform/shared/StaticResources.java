package org.ots.platform.shared;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Static files under their own paths only, instead of Spring Boot's default handler for every path
 * ({@code spring.web.resources.add-mappings=false}). With the default, every {@code @{...}} link of every page went
 * through the resource URL encoding, which asked the classpath whether {@code /progress/TRN_1/KAZ} was a static file
 * (and does not remember misses): a 60-indicator scoreboard spent most of its 350 ms there (bench/RESULTS.md). Now
 * only links under these paths are looked up. The resource chain stays on so that version-less WebJar URLs
 * ({@code /webjars/htmx.org/dist/htmx.min.js}) still resolve through webjars-locator-lite.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
		for (String folder : new String[] { "css", "js", "img" }) {
			registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/")
				.resourceChain(true);
		}
		registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
	}
}
