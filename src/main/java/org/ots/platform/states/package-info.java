/** The member and observer states of the OTS, their codes and names, and the OTS aggregate. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ots.platform.states;
