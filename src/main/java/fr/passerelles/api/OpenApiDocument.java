package fr.passerelles.api;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The hand-written OpenAPI 3.1 description ({@value #RESOURCE}), served as is. A test keeps it in
 * step with the registered routes and the DTO records.
 */
final class OpenApiDocument {
  static final String RESOURCE = "/openapi.json";

  private final byte[] json;

  private OpenApiDocument(byte[] json) {
    this.json = json;
  }

  /** Reads the document from the classpath; a missing file fails start-up, not a request. */
  static OpenApiDocument load() {
    try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("classpath resource " + RESOURCE + " is missing");
      }
      return new OpenApiDocument(in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  void serve(Context ctx) {
    QueryParams.none(ctx);
    ctx.contentType("application/json").result(json);
  }
}
