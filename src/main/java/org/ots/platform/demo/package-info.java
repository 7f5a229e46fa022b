/**
 * Demo content for the embedded default: sample accounts of every role, real figures with their sources and
 * labelled illustrative series, an alert rule that fires on one of them, illustrative scenarios and two illustrative
 * analytical products. Runs once, on the first start of an empty database, when ots.demo.enabled.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators", "commitments", "reviews", "monitoring", "foresight", "experts" })
package org.ots.platform.demo;
