/**
 * What is measured and the measurements: areas, indicators, targets, observations with their history, and
 * their import and export in the tidy, SDMX-CSV and publishers' layouts.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity" })
package org.ots.platform.indicators;
