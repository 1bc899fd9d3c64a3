package org.outreach.documents;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores a document's type as its media type ({@code application/pdf}), as the column says. */
@Converter
class DocumentTypeColumn implements AttributeConverter<DocumentType, String> {

  @Override
  public String convertToDatabaseColumn(DocumentType type) {
    return type == null ? null : type.mediaType();
  }

  @Override
  public DocumentType convertToEntityAttribute(String mediaType) {
    return mediaType == null ? null : DocumentType.ofMediaType(mediaType);
  }
}
