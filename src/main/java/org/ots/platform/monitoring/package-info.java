/**
 * Situational monitoring: the progress status of every series (Open SDG method), scoreboards and composite indices
 * (OECD/JRC Handbook), alert rules and the alerts they raise.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators",
		"foresight" })
package org.ots.platform.monitoring;
