package org.ots.platform.indicators.imports;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.ots.platform.identity.CurrentUser;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

/**
 * Runs import jobs in the background on a small, bounded pool of its own, so that a few large files cannot
 * starve the web requests of other users, and a flood of uploads is refused (the job says so) rather than queued
 * without end. The pool is deliberately not a Spring bean: an Executor bean would replace the application's
 * default @Async executor for every other module.
 */
@Component
class ImportRunner {

	private final ImportProcess process;
	private final ImportJobs jobs;
	private final Clock clock;
	private final ThreadPoolExecutor pool;

	ImportRunner(ImportProcess process, ImportJobs jobs, ImportProperties properties, Clock clock) {
		this.process = process;
		this.jobs = jobs;
		this.clock = clock;
		AtomicInteger number = new AtomicInteger();
		this.pool = new ThreadPoolExecutor(properties.workers(), properties.workers(), 1, TimeUnit.MINUTES,
				new ArrayBlockingQueue<>(properties.queue()), task -> {
					Thread thread = new Thread(task, "import-" + number.incrementAndGet());
					thread.setDaemon(true);
					return thread;
				});
	}

	/** Queues the job; the user's rights are those at upload (or mapping) time, as the job runs without a request. */
	void submit(long jobId, CurrentUser user) {
		try {
			pool.execute(() -> process.run(jobId, user));
		}
		catch (RejectedExecutionException e) {
			jobs.fail(jobId, "Too many imports are waiting; nothing was written. Upload the file again in a few minutes.",
					Instant.now(clock));
		}
	}

	@PreDestroy
	void stop() {
		pool.shutdownNow();
	}
}
