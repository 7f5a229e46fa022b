/** The public face of the platform: home page, language choice, and (later) published reports and open data. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators" })
package org.ots.platform.publishing;
