package fr.passerelles.api;

import io.javalin.http.Context;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id, returned in {@value #HEADER} and written in the access log and in
 * error bodies, so a user's report can be matched with the server's log line. A caller's own id
 * (a gateway's, the training-planning tool's) is kept when it is well-formed, so one id follows a
 * request across services; anything else is replaced, so the header cannot inject text into logs.
 */
public final class RequestIds {
  public static final String HEADER = "X-Request-Id";
  static final String ATTRIBUTE = "passerelles.requestId";
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:-]{8,64}");

  private RequestIds() {}

  /** Before-handler: takes or makes the id and echoes it in the response header. */
  static void assign(Context ctx) {
    String id = accept(ctx.header(HEADER));
    ctx.attribute(ATTRIBUTE, id);
    ctx.header(HEADER, id);
  }

  /** The request's id; made on the spot if the before-handler did not run. */
  public static String of(Context ctx) {
    String id = ctx.attribute(ATTRIBUTE);
    if (id == null) {
      id = generate();
      ctx.attribute(ATTRIBUTE, id);
    }
    return id;
  }

  /** The incoming id when well-formed, else a fresh one. */
  static String accept(String incoming) {
    return incoming != null && WELL_FORMED.matcher(incoming).matches() ? incoming : generate();
  }

  static String generate() {
    return UUID.randomUUID().toString();
  }
}
