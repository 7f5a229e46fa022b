/** Tiny value types that every module speaks: periods and multilingual text. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ots.platform.shared;
