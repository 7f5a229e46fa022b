package org.ots.platform.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.ots.platform.indicators.Direction;
import org.ots.platform.monitoring.CompositeIndex;
import org.ots.platform.monitoring.IndexMatrix;
import org.ots.platform.monitoring.IndexMethod;
import org.ots.platform.monitoring.Sensitivity;

/**
 * What computing a composite index on demand costs, per page: the sensitivity analysis of one year (the base and
 * its 11 alternatives) plus the search back through the years for the latest one with two ranked states, against
 * one plain calculation of the index timed in the same run. 8 states, 35 years, an area of 40 indicators.
 */
public final class IndexPageBenchmark {

	private static final int STATES = 8;
	private static final int INDICATORS = 40;
	private static final int YEARS = 35;

	public static void main(String[] args) {
		List<IndexMatrix> years = new ArrayList<>();
		Random random = new Random(42);
		for (int y = 0; y < YEARS; y++) {
			IndexMatrix.Builder b = IndexMatrix.builder();
			for (int i = 0; i < INDICATORS; i++) {
				b.indicator("I" + i, i % 4 == 0 ? Direction.DECREASE : Direction.INCREASE);
			}
			for (int s = 0; s < STATES; s++) {
				for (int i = 0; i < INDICATORS; i++) {
					if (random.nextDouble() > 0.15) {
						b.value("S" + s, "I" + i, 1 + random.nextDouble() * 100);
					}
				}
			}
			years.add(b.build());
		}
		IndexMethod method = IndexMethod.standard();
		int rounds = 2000;
		double baseline = time(rounds, () -> CompositeIndex.calculate(years.get(0), method));
		// The worst case of a page: every year scanned for the default, then the sensitivity of one year.
		double page = time(rounds / 10, () -> {
			years.forEach(matrix -> CompositeIndex.calculate(matrix, method));
			Sensitivity.analyse(years.get(0), method);
		});
		System.out.printf("one calculation (baseline): %.3f ms%n", baseline);
		System.out.printf("one page, worst case (35-year scan + sensitivity): %.3f ms, %.1f x the baseline%n", page,
				page / baseline);
	}

	private static double time(int rounds, Runnable work) {
		for (int i = 0; i < rounds; i++) {
			work.run();
		}
		long start = System.nanoTime();
		for (int i = 0; i < rounds; i++) {
			work.run();
		}
		return (System.nanoTime() - start) / 1e6 / rounds;
	}
}
