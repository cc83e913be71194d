package fr.passerelles.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.api.dto.TextRequest;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads the body of every POST route, with every check in one place so each route gets the same
 * answers: content type (415), size of the body and of the text (413), JSON syntax, fields and
 * types, bound strictly by {@link JsonMapping} (400), empty text (400), binary or control
 * characters (400). Messages are French and never quote the body.
 *
 * <p>Usage in a handler: {@code String cv = bodies.readText(ctx);} for a body that is only a text,
 * {@code MatchRequest r = bodies.readJson(ctx, MatchRequest.class, MatchRequest::text);} for a
 * JSON body with more fields, {@code bodies.readJson(ctx, TrainingNeedsRequest.class)} for a JSON
 * body without a text. The body is decoded and bound here, never by Javalin's {@code ctx.body()}
 * (which decodes with the request's charset parameter, whatever it says). Thread-safe; one
 * instance serves all routes.
 */
public final class TextBodyReader {
  static final String JSON = "application/json";
  static final String PLAIN = "text/plain";
  private static final ObjectMapper MAPPER = JsonMapping.objectMapper();

  private final int maxBodyBytes;
  private final int maxTextChars;

  public TextBodyReader(ApiConfig config) {
    this.maxBodyBytes = config.maxBodyBytes();
    this.maxTextChars = config.maxTextChars();
  }

  /**
   * The text of a body that is {@code {"text": "…"}} ({@code application/json}) or the text itself
   * ({@code text/plain}), both in UTF-8.
   */
  public String readText(Context ctx) {
    String mediaType = mediaType(ctx, true);
    if (mediaType.equals(PLAIN)) {
      return checkText(decode(readBytes(ctx)));
    }
    return readJson(ctx, TextRequest.class, TextRequest::text).text();
  }

  /**
   * A JSON body bound to {@code type}, whose text ({@code textOf}) is checked as by
   * {@link #readText}. Unknown fields are errors.
   *
   * @param textOf the text field; null counts as missing
   */
  public <T> T readJson(Context ctx, Class<T> type, Function<T, String> textOf) {
    T value = readJson(ctx, type);
    if (textOf.apply(value) == null) {
      throw new BadRequestResponse("Corps JSON invalide : champ « text » obligatoire.");
    }
    checkText(textOf.apply(value));
    return value;
  }

  /** A JSON body ({@code application/json}, UTF-8) bound strictly to {@code type}; never null. */
  public <T> T readJson(Context ctx, Class<T> type) {
    mediaType(ctx, false);
    String json = decode(readBytes(ctx)); // rejects empty, oversized and non-UTF-8 bodies before binding
    T value;
    try {
      value = MAPPER.readValue(json, type);
    } catch (JacksonException e) {
      throw new BadRequestResponse("Corps JSON invalide : " + ErrorResponses.jsonProblem(e) + ".");
    }
    if (value == null) {
      throw new BadRequestResponse("Corps JSON invalide : objet JSON attendu.");
    }
    return value;
  }

  /**
   * True for a {@code text/plain} body, false for {@code application/json}, 415 for anything else
   * (or a charset other than UTF-8). A route that takes its options from the query string with a
   * bare text, and from the JSON body otherwise, branches on this before reading the body.
   */
  public static boolean isPlainText(Context ctx) {
    return mediaType(ctx, true).equals(PLAIN);
  }

  /** The media type, lower-cased without parameters; 415 when it is not one we read. */
  private static String mediaType(Context ctx, boolean plainAllowed) {
    String header = ctx.header(io.javalin.http.Header.CONTENT_TYPE);
    String accepted = plainAllowed ? "application/json ou text/plain" : "application/json";
    if (header == null || header.isBlank()) {
      throw new UnsupportedMediaTypeResponse("En-tête Content-Type manquant : envoyer " + accepted + ".");
    }
    // limit -1 keeps empty parts: ";" is one empty media type, not an empty array
    String[] parts = header.split(";", -1);
    String mediaType = parts[0].strip().toLowerCase(Locale.ROOT);
    if (!mediaType.equals(JSON) && !(plainAllowed && mediaType.equals(PLAIN))) {
      throw new UnsupportedMediaTypeResponse("Type de contenu non pris en charge : envoyer " + accepted + ".");
    }
    for (int i = 1; i < parts.length; i++) {
      String[] param = parts[i].split("=", 2);
      if (param[0].strip().equalsIgnoreCase("charset")
          && (param.length < 2 || !unquote(param[1]).equalsIgnoreCase("utf-8"))) {
        throw new UnsupportedMediaTypeResponse("Encodage non pris en charge : envoyer le texte en UTF-8.");
      }
    }
    return mediaType;
  }

  private byte[] readBytes(Context ctx) {
    // a declared length over the limit is refused before reading; Javalin enforces the same limit
    // (config.http.maxRequestSize) while reading a chunked body
    if (ctx.contentLength() > maxBodyBytes) {
      throw tooLarge();
    }
    byte[] bytes = ctx.bodyAsBytes();
    if (bytes.length > maxBodyBytes) {
      throw tooLarge();
    }
    if (bytes.length == 0) {
      throw new BadRequestResponse("Corps de requête vide : envoyer le texte à analyser.");
    }
    return bytes;
  }

  private ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse(
        "Corps de requête trop volumineux : " + maxBodyBytes + " octets au plus.");
  }

  private static String decode(byte[] bytes) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new BadRequestResponse("Corps de requête illisible : le texte doit être encodé en UTF-8.");
    }
  }

  /** Empty, too long, or binary: the text checks shared by both body kinds. */
  String checkText(String text) {
    Objects.requireNonNull(text, "text");
    if (isVisiblyEmpty(text)) {
      throw new BadRequestResponse("Le texte est vide.");
    }
    if (text.length() > maxTextChars) {
      throw new ContentTooLargeResponse(String.format(Locale.ROOT,
          "Texte trop long : %d caractères pour %d au plus.", text.length(), maxTextChars));
    }
    int bad = firstBinaryChar(text);
    if (bad >= 0) {
      throw new BadRequestResponse("Le texte contient des caractères binaires ou de contrôle (position "
          + bad + ") : envoyer du texte brut.");
    }
    return text;
  }

  /**
   * True when the text shows nothing: only white space of any kind (no-break and ideographic
   * spaces included, which {@link String#isBlank} misses) and invisible format characters
   * (zero-width space, byte-order mark).
   */
  static boolean isVisiblyEmpty(String text) {
    return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT);
  }

  /**
   * Index of the first char that is not text, or -1. Tab, line feed, carriage return and form
   * feed (page breaks from PDF-to-text tools) are text; other control characters, lone surrogates
   * (from {@code \ud800} escapes) and the non-characters U+FFFE/U+FFFF are not.
   */
  static int firstBinaryChar(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
        return i;
      }
      if (c == '\uFFFE' || c == '\uFFFF') {
        return i;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        return i;
      }
      if (Character.isLowSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String s) {
    String v = s.strip();
    return v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v;
  }
}
