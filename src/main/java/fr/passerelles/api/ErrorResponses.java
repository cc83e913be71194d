package fr.passerelles.api;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import fr.passerelles.api.dto.ErrorDto;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.Header;
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
 * carry English text and are given French messages here. Validation errors never echo the value
 * (it may be a CV). Anything else is a bug: a generic 500 with the request id, the stack trace in
 * the server log only.
 */
final class ErrorResponses {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorResponses.class);
  static final String BODY_FIELD = "REQUEST_BODY";
  private static final int MAX_ECHO = 100;

  private final int maxBodyBytes;

  ErrorResponses(int maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  void install(JavalinConfig javalin) {
    javalin.routes.exception(HttpResponseException.class, (e, ctx) -> write(ctx, e.getStatus(), message(e, ctx)));
    javalin.routes.exception(ValidationException.class, (e, ctx) -> write(ctx, 400, message(e)));
    javalin.routes.exception(UnprocessableTextException.class, (e, ctx) -> write(ctx, 422, e.getMessage()));
    javalin.routes.exception(Exception.class, this::unexpected);
    javalin.router.javaLangErrorHandler(ErrorResponses::fatal);
  }

  static void write(Context ctx, int status, String message) {
    ctx.status(status).json(new ErrorDto(status, reason(status), message, RequestIds.of(ctx)));
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
    // syntax first: Jackson wraps a parse error met inside a field as a mapping error of that field
    StreamReadException syntax = find(e, StreamReadException.class);
    if (syntax != null) {
      return syntax.getLocation() == null ? "JSON mal formé" : String.format(Locale.ROOT,
          "JSON mal formé (ligne %d, colonne %d)", syntax.getLocation().getLineNr(), syntax.getLocation().getColumnNr());
    }
    UnrecognizedPropertyException unknown = find(e, UnrecognizedPropertyException.class);
    if (unknown != null) {
      return "champ inconnu « " + echo(unknown.getPropertyName()) + " »";
    }
    JsonMappingException mapping = find(e, JsonMappingException.class);
    if (mapping != null && !mapping.getPath().isEmpty()) {
      String field = mapping.getPath().get(mapping.getPath().size() - 1).getFieldName();
      if (field != null) {
        return "valeur de type incorrect pour le champ « " + echo(field) + " »";
      }
    }
    return "JSON mal formé";
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

  /** A short, single-line echo of a client-supplied token (path, field name). */
  static String echo(String s) {
    if (s == null) {
      return "";
    }
    String oneLine = s.codePoints()
        .map(c -> Character.isISOControl(c) ? '?' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
    return oneLine.length() <= MAX_ECHO ? oneLine : oneLine.substring(0, MAX_ECHO) + "…";
  }
}
