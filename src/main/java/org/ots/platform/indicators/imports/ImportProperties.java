package org.ots.platform.indicators.imports;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings of imports.
 * @param maxFileSize files larger than this are refused before they are read
 * @param workDir where uploaded files wait while their job runs (the system's temporary directory when unset)
 * @param workers imports validated at the same time; further jobs wait in a queue of {@code queue} places
 */
@ConfigurationProperties("ots.imports")
record ImportProperties(DataSize maxFileSize, Path workDir, Integer workers, Integer queue) {

	ImportProperties {
		maxFileSize = maxFileSize == null ? DataSize.ofMegabytes(100) : maxFileSize;
		workDir = workDir == null ? Path.of(System.getProperty("java.io.tmpdir"), "ots-imports") : workDir;
		workers = workers == null ? 2 : workers;
		queue = queue == null ? 20 : queue;
	}
}
