package org.outreach.notice.letters;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A printed letter's PDF, encrypted ({@code FieldCipher} bytes bound to {@code
 * LetterDocument:content:<letter id>}): it holds the person's name and address.
 */
@Entity
@Table(name = "letter_document")
@NamedQuery(
    name = "LetterDocument.findByLetters",
    query = "SELECT d FROM LetterDocument d WHERE d.letterId IN :letterIds")
class LetterDocument {

  @Id
  @Column(name = "letter_id")
  private UUID letterId;

  @Column(nullable = false)
  private byte[] content;

  protected LetterDocument() {}

  LetterDocument(UUID letterId, byte[] content) {
    this.letterId = letterId;
    this.content = content;
  }

  UUID letterId() {
    return letterId;
  }

  byte[] content() {
    return content;
  }

  /** The same PDF sealed anew, under the current key (a data-key rotation). */
  void reseal(byte[] resealed) {
    this.content = resealed;
  }
}
