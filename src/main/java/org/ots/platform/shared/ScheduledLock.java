package org.ots.platform.shared;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A lock in the database, so that a job scheduled on every instance runs on one of them. Taking it is one
 * conditional UPDATE (whoever's lock has run out), or the INSERT of its row the first time; either statement
 * succeeds for one instance only, on H2 as on PostgreSQL. The lock runs out by itself should its holder die.
 * Used by the daily jobs of several modules (deadline reminders, alert rules), each under a name of its own.
 */
@Component
public class ScheduledLock {

	private final JdbcClient jdbc;
	private final Clock clock;

	public ScheduledLock(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Takes the lock for at most {@code duration}; false if another holder has it. */
	public boolean tryAcquire(String name, String holder, Duration duration) {
		Instant now = Instant.now(clock);
		int taken = jdbc.sql("UPDATE scheduled_lock SET locked_until = ?, locked_by = ? WHERE name = ? AND locked_until <= ?")
			.params(now.plus(duration).atOffset(ZoneOffset.UTC), holder, name, now.atOffset(ZoneOffset.UTC))
			.update();
		if (taken == 1) {
			return true;
		}
		try {
			return jdbc.sql("INSERT INTO scheduled_lock (name, locked_until, locked_by) VALUES (?, ?, ?)")
				.params(name, now.plus(duration).atOffset(ZoneOffset.UTC), holder)
				.update() == 1;
		}
		catch (DataIntegrityViolationException held) {
			return false;
		}
	}

	/** Gives the lock back, if this holder still has it. */
	public void release(String name, String holder) {
		jdbc.sql("UPDATE scheduled_lock SET locked_until = ? WHERE name = ? AND locked_by = ?")
			.params(Instant.now(clock).atOffset(ZoneOffset.UTC), name, holder)
			.update();
	}
}
