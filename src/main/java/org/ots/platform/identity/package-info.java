/** Users, their roles and the state or institution they act for; sign-in, and the audit trail of every write. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states" })
package org.ots.platform.identity;
