package org.outreach.users;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A sign-in refused for a wrong password or an unknown account: the digest of the address it came
 * from, the account it named (only if there is one), when.
 */
@Entity
@Table(name = "login_failure")
class LoginFailure {

  @Id
  @Column(name = "id", updatable = false)
  private UUID id;

  @Column(name = "address_hash", nullable = false, updatable = false, length = 64)
  private String addressHash;

  @Column(name = "username", updatable = false, length = 64)
  private String username;

  @Column(name = "failed_at", nullable = false, updatable = false)
  private OffsetDateTime failedAt;

  protected LoginFailure() {}

  LoginFailure(String addressHash, String username, OffsetDateTime failedAt) {
    this.id = UUID.randomUUID();
    this.addressHash = Objects.requireNonNull(addressHash, "addressHash");
    this.username = username;
    this.failedAt = Objects.requireNonNull(failedAt, "failedAt");
  }

  UUID id() {
    return id;
  }
}
