/**
 * The annual peer review: cycles and their calendar, the states under review, examiner assignments, national
 * progress reports, written questions and answers, review reports, recommendations and their follow-up.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators",
		"commitments", "monitoring" })
package org.ots.platform.reviews;
