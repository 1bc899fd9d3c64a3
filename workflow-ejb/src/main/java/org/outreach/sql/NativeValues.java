package org.outreach.sql;

import java.nio.ByteBuffer;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.UUID;

/**
 * The columns of a native query as Java values: the JDBC drivers of H2 and PostgreSQL hand the same
 * column over as different types (a UUID as bytes or as a UUID, a time as an offset or a
 * timestamp).
 */
public final class NativeValues {

  private NativeValues() {}

  public static UUID uuid(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof UUID id) {
      return id;
    }
    if (value instanceof byte[] bytes && bytes.length == 16) {
      // H2 hands a native query's UUID column over as its 16 bytes
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      return new UUID(buffer.getLong(), buffer.getLong());
    }
    return UUID.fromString(value.toString());
  }

  public static Instant instant(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof Instant instant) {
      return instant;
    }
    if (value instanceof OffsetDateTime offset) {
      return offset.toInstant();
    }
    if (value instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    if (value instanceof Timestamp timestamp) {
      return timestamp.toInstant();
    }
    throw new IllegalStateException("Not a point in time: " + value.getClass().getName());
  }

  public static LocalDate day(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate day) {
      return day;
    }
    if (value instanceof Date date) {
      return date.toLocalDate();
    }
    throw new IllegalStateException("Not a day: " + value.getClass().getName());
  }

  public static boolean flag(Object value) {
    return value instanceof Boolean yes
        ? yes
        : value != null && Boolean.parseBoolean(value.toString());
  }

  public static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
