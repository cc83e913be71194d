package fr.passerelles.api;

import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.passerelles.api.dto.ErrorDto;
import fr.passerelles.match.NotFrenchException;
import fr.passerelles.mobility.UnknownCompetenceException;
import fr.passerelles.mobility.UnknownMetierException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.Endpoint;
import io.javalin.router.EndpointNotFound;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into the one error body ({@link ErrorDto}) with a French message.
 *
 * <p>Rules: an {@link HttpResponseException} thrown by our handlers carries a French, user-facing
 * message and it is shown; Javalin's own ones (unknown route, wrong method, body over the limit)
 * carry English text and are given French messages here. The engine's domain exceptions are mapped
 * here once, for every route, so no handler catches them: a text refused by the language check
 * ({@link NotFrenchException}) is a 422, an unknown métier id ({@link UnknownMetierException}) a
 * 404 (a 422 on {@code POST /passerelles}, where it means the text matched no métier). Validation
 * errors never echo the value (it may be a CV); a client token (a path, a field name, an id) is
 * echoed {@link #MAX_ECHO} characters at most. Anything else is a bug: a generic 500 with the
 * request id, the stack trace in the server log only.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  static final String BODY_FIELD = "REQUEST_BODY";
  /** Longest excerpt of a client-supplied token an error message quotes, in code points. */
  static final int MAX_ECHO = 40;
  static final String CACHE_CONTROL = "no-store";
  static final String NOSNIFF = "nosniff";

  private final int maxBodyBytes;

  ErrorResponses(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  void install(JavalinConfig javalin) {
    javalin.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e, ctx)));
    javalin.routes.exception(ValidationException.class, (e, ctx) -> write(ctx, 400, message(e)));
    javalin.routes.exception(UnprocessableTextException.class, (e, ctx) -> write(ctx, 422, e.getMessage()));
    javalin.routes.exception(NotFrenchException.class,
        (e, ctx) -> write(ctx, 422, UnprocessableTextException.refused(e.verdict().reason()).getMessage()));
    javalin.routes.exception(UnknownMetierException.class, ErrorResponses::unknownMetier);
    javalin.routes.exception(UnknownCompetenceException.class, (e, ctx) -> write(ctx, 400, unknownCompetences(e)));
    javalin.routes.exception(Exception.class, this::unexpected);
    javalin.router.javaLangErrorHandler(ErrorResponses::fatal);
  }

  static void write(Context ctx, int status, String message) {
    noStore(ctx);
    ctx.status(status).json(new ErrorDto(status, reason(status), message, RequestIds.of(ctx)));
  }

  /**
   * Headers of every API answer: never cached (a match is derived from a CV) and never
   * content-sniffed. Set by a before-handler on the API's paths, and again on every error.
   */
  static void noStore(Context ctx) {
    ctx.header(Header.CACHE_CONTROL, CACHE_CONTROL);
    ctx.header(Header.X_CONTENT_TYPE_OPTIONS, NOSNIFF);
  }

  /**
   * The error body of one item of a batch, as the route for one text would answer it: the same
   * statuses and messages, the batch's request id. An unexpected exception is logged without its
   * message (it may quote the text) and answered with a generic 500.
   */
  ErrorDto itemError(Context ctx, Exception e) {
    int status;
    String message;
    if (e instanceof HttpResponseException h) {
      status = h.getStatus();
      String m = h.getMessage();
      message = m == null || m.isBlank() ? defaultMessage(status) : m;
    } else if (e instanceof UnprocessableTextException u) {
      status = 422;
      message = u.getMessage();
    } else if (e instanceof NotFrenchException n) {
      status = 422;
      message = UnprocessableTextException.refused(n.verdict().reason()).getMessage();
    } else if (e instanceof UnknownMetierException) {
      status = 422;
      message = NO_MATCH;
    } else {
      LOG.error("Unexpected error on a batch item (request {})", RequestIds.of(ctx), e);
      status = 500;
      message = "Erreur interne du serveur. Référence : " + RequestIds.of(ctx) + ".";
    }
    return new ErrorDto(status, reason(status), message, RequestIds.of(ctx));
  }

  static final String NO_MATCH = "Aucun métier ne correspond à ce texte : décrire davantage les activités exercées.";

  /** "Compétence inconnue : 0202-C99." — the first three ids, each echoed short. */
  static String unknownCompetences(UnknownCompetenceException e) {
    List<String> ids = e.ids();
    String shown = String.join(", ", ids.stream().limit(3).map(ErrorResponses::echo).toList());
    return (ids.size() == 1 ? "Compétence inconnue : " : "Compétences inconnues : ") + shown
        + (ids.size() > 3 ? " (et " + (ids.size() - 3) + " autres)." : ".");
  }

  /** The id names no métier; on {@code POST /passerelles} the text's match found none. */
  private static void unknownMetier(UnknownMetierException e, Context ctx) {
    Endpoint route = ctx.endpoints().matchedHttpEndpoint();
    if (route != null && HandlerType.POST.equals(route.method) && route.path.equals(App.V1 + "/passerelles")) {
      write(ctx, 422, NO_MATCH);
    } else {
      write(ctx, 404, "Métier ou fiche inconnue : " + echo(e.id()));
    }
  }

  /** The standard reason phrase (RFC 9110; Javalin's table says "Server Error" for 500). */
  static String reason(int status) {
    if (status == 500) {
      return "Internal Server Error";
    }
    HttpStatus s = HttpStatus.forStatus(status);
    return s == HttpStatus.UNKNOWN ? "HTTP " + status : s.getMessage();
  }

  private String message(HttpResponseException e, Context ctx) {
    if (e instanceof EndpointNotFound) {
      return "Ressource inconnue : " + ctx.method().name() + " " + echo(ctx.path());
    }
    if (e instanceof MethodNotAllowedResponse) {
      String allowed = String.join(", ", e.getDetails().values());
      if (!allowed.isBlank()) {
        ctx.header(Header.ALLOW, allowed); // RFC 9110 requires it on a 405
      }
      return "Méthode " + ctx.method().name() + " non autorisée sur cette ressource"
          + (allowed.isBlank() ? "." : " (acceptées : " + allowed + ").");
    }
    String m = e.getMessage();
    boolean javalinDefault = m == null || m.isBlank() || m.equals(HttpStatus.forStatus(e.getStatus()).getMessage());
    return javalinDefault ? defaultMessage(e.getStatus()) : m;
  }

  /** French text for a status when the exception brings none of ours. */
  String defaultMessage(int status) {
    return switch (status) {
      case 400 -> "Requête invalide.";
      case 401 -> "Authentification requise.";
      case 403 -> "Accès refusé.";
      case 404 -> "Ressource introuvable.";
      case 405 -> "Méthode non autorisée sur cette ressource.";
      case 406 -> "Format de réponse non disponible : l'API répond en JSON.";
      case 413 -> "Corps de requête trop volumineux : " + maxBodyBytes + " octets au plus.";
      case 415 -> "Type de contenu non pris en charge.";
      case 422 -> "Texte non exploitable.";
      case 429 -> "Trop de requêtes : réessayer plus tard.";
      case 503 -> "Service momentanément indisponible.";
      default -> status >= 500 ? "Erreur interne du serveur." : "Requête refusée (HTTP " + status + ").";
    };
  }

  /** "Paramètre invalide : limit (…)." — the first error only, and never its value. */
  static String message(ValidationException e) {
    for (Map.Entry<String, List<ValidationError<Object>>> field : e.getErrors().entrySet()) {
      for (ValidationError<Object> error : field.getValue()) {
        if (field.getKey().equals(BODY_FIELD)) {
          return "Corps JSON invalide : " + bodyDetail(error) + ".";
        }
        return "Paramètre invalide : " + echo(field.getKey()) + " (" + paramDetail(error) + ").";
      }
    }
    return "Requête invalide.";
  }

  private static String paramDetail(ValidationError<Object> error) {
    return switch (error.getMessage()) {
      case "TYPE_CONVERSION_FAILED" -> "format incorrect";
      case "NULLCHECK_FAILED" -> "valeur obligatoire";
      default -> error.getMessage();
    };
  }

  private static String bodyDetail(ValidationError<Object> error) {
    return switch (error.getMessage()) {
      case "NULLCHECK_FAILED" -> "objet JSON attendu";
      case "DESERIALIZATION_FAILED" -> jsonProblem(error.exception());
      default -> error.getMessage();
    };
  }

  /** Where the JSON is wrong, from Jackson's exception, without quoting the input. */
  static String jsonProblem(Throwable e) {
    // a number too large for its field is valid JSON: say which field, not "mal formé"
    InputCoercionException range = find(e, InputCoercionException.class);
    if (range != null) {
      String field = field(find(e, JsonMappingException.class));
      return "valeur hors limites" + (field == null ? "" : " pour le champ « " + field + " »")
          + " (nombre entier attendu)";
    }
    // syntax next: Jackson wraps a parse error met inside a field as a mapping error of that field
    StreamReadException syntax = find(e, StreamReadException.class);
    if (syntax != null) {
      return syntax.getLocation() == null ? "JSON mal formé" : String.format(Locale.ROOT,
          "JSON mal formé (ligne %d, colonne %d)", syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr());
    }
    UnrecognizedPropertyException unknown = find(e, UnrecognizedPropertyException.class);
    if (unknown != null) {
      return "champ inconnu « " + echo(unknown.getPropertyName()) + " »";
    }
    MismatchedInputException mismatch = find(e, MismatchedInputException.class);
    String field = field(mismatch != null ? mismatch : find(e, JsonMappingException.class));
    if (field == null) {
      return "objet JSON attendu";
    }
    String expected = mismatch == null ? null : expected(mismatch.getTargetType());
    return expected == null ? "valeur de type incorrect pour le champ « " + field + " »"
        : "le champ « " + field + " » attend " + expected;
  }

  /** The JSON path of a mapping error ({@code population[0].people}), echoed short; null at the root. */
  private static String field(JsonMappingException e) {
    if (e == null || e.getPath().isEmpty()) {
      return null;
    }
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.isEmpty() ? null : echo(path.toString());
  }

  /** What a field of this Java type takes, in the user's words. */
  private static String expected(Class<?> type) {
    if (type == null) {
      return null;
    }
    if (type == String.class) {
      return "une chaîne de caractères";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "un nombre entier";
    }
    if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "une liste";
    }
    return type.isRecord() ? "un objet" : null;
  }

  private static <T extends Throwable> T find(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    return null;
  }

  private void unexpected(Exception e, Context ctx) {
    String id = RequestIds.of(ctx);
    Endpoint route = ctx.endpoints().matchedHttpEndpoint();
    // the stack trace stays here: exception messages may quote the user's text
    LOG.error("Unexpected error on {} {} (request {})", ctx.method().name(),
        route == null ? AccessLog.NO_ROUTE : route.path, id, e);
    write(ctx, 500, "Erreur interne du serveur. Référence : " + id + ".");
  }

  /** Errors (out of memory, stack overflow) bypass the exception mappers; same body, by hand. */
  private static void fatal(HttpServletResponse res, Error error) {
    String id = res.getHeader(RequestIds.HEADER);
    LOG.error("Fatal error (request {})", id, error);
    if (res.isCommitted()) {
      return;
    }
    String body = "{\"status\":500,\"error\":\"Internal Server Error\","
        + "\"message\":\"Erreur interne du serveur.\",\"requestId\":"
        + (id == null ? "null" : "\"" + id + "\"") + "}";
    try {
      res.setStatus(500);
      res.setContentType("application/json");
      res.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException ignored) {
      // the connection is gone; the log line above is all that can be done
    }
  }

  /**
   * A short, single-line excerpt of a client-supplied token (path, field name, id): control and
   * format characters replaced, at most {@link #MAX_ECHO} code points, then "…".
   */
  static String echo(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    int count = 0;
    for (int i = 0; i < s.length(); ) {
      int c = s.codePointAt(i);
      i += Character.charCount(c);
      if (count++ == MAX_ECHO) {
        return out.append('…').toString();
      }
      int type = Character.getType(c);
      boolean invisible = Character.isISOControl(c) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
      out.appendCodePoint(invisible ? '?' : c);
    }
    return out.toString();
  }
}
