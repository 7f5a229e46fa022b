package org.ots.platform.notifications;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The table of inbox messages. Every read is by recipient, so that nobody reads another person's messages. */
@Repository
class Inbox {

	/** One message as its recipient sees it. */
	record Message(long id, String recipient, String subject, String body, String link, Instant createdAt,
			Instant readAt) {

		public boolean isRead() {
			return readAt != null;
		}

		/** When it arrived, as the page shows it: the platform's deadlines are UTC dates. */
		public String receivedUtc() {
			return RECEIVED.format(createdAt.atZone(ZoneOffset.UTC));
		}
	}

	private static final java.time.format.DateTimeFormatter RECEIVED = java.time.format.DateTimeFormatter
		.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

	private final JdbcClient jdbc;

	Inbox(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	long add(String recipient, String subject, String body, String link, Instant now) {
		var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
		jdbc.sql("INSERT INTO inbox_message (recipient, subject, body, link, created_at) VALUES (?, ?, ?, ?, ?)")
			.params(recipient, cut(subject, 300), cut(body, 4000), link, utc(now))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	List<Message> of(String recipient) {
		return jdbc.sql("SELECT * FROM inbox_message WHERE recipient = ? ORDER BY created_at DESC, id DESC")
			.param(recipient)
			.query(Inbox::message)
			.list();
	}

	Optional<Message> find(long id) {
		return jdbc.sql("SELECT * FROM inbox_message WHERE id = ?").param(id).query(Inbox::message).optional();
	}

	long unread(String recipient) {
		return jdbc.sql("SELECT COUNT(*) FROM inbox_message WHERE recipient = ? AND read_at IS NULL")
			.param(recipient)
			.query(Long.class)
			.single();
	}

	/** Marks a message read once; reading it again keeps the first time. */
	void markRead(long id, Instant now) {
		jdbc.sql("UPDATE inbox_message SET read_at = ? WHERE id = ? AND read_at IS NULL").params(utc(now), id).update();
	}

	private static Message message(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
		return new Message(rs.getLong("id"), rs.getString("recipient"), rs.getString("subject"), rs.getString("body"),
				rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
				read == null ? null : read.toInstant());
	}

	private static OffsetDateTime utc(Instant instant) {
		return instant.atOffset(ZoneOffset.UTC);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
