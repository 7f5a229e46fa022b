/**
 * Strategic foresight: projections of annual series with prediction intervals (exponential smoothing, Theta and
 * their combination), the probability of reaching each target, and scenarios beside the baseline.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators" })
package org.ots.platform.foresight;
