/** Adopted OTS documents (visions, strategies, declarations) and the commitments in them that the review follows. */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "states", "identity", "indicators" })
package org.ots.platform.commitments;
