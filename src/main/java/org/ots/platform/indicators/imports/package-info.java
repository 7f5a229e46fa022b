/**
 * Import and export of observations in the tidy layout, SDMX-CSV and the publishers' own layouts (Our World in
 * Data grapher CSV, World Bank API CSV). An import is all-or-nothing: validated whole, then written in one short
 * set-based transaction.
 */
package org.ots.platform.indicators.imports;
