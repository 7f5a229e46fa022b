/**
 * The expert-analytical platform: analytical products (briefs, studies, foresight reports) of the expert
 * institutions, written by their experts, reviewed by the Secretariat and then published to everyone.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators", "foresight" })
package org.ots.platform.experts;
