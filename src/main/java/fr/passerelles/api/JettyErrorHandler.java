package fr.passerelles.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.api.dto.ErrorDto;
import java.nio.ByteBuffer;
import java.util.function.Consumer;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before Javalin sees the request (malformed URI, oversized headers, a
 * request arriving during a graceful stop): the same JSON body as every other error instead of
 * Jetty's HTML page, which quotes the URI.
 */
final class JettyErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = JsonMapping.objectMapper();

  private final Consumer<String> accessLog;

  /** @param accessLog where the request's access line goes (Javalin's logger never sees it) */
  JettyErrorHandler(Consumer<String> accessLog) {
    this.accessLog = accessLog;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    int status = response.getStatus();
    if (request.getAttribute(ERROR_EXCEPTION) instanceof HttpException e) {
      status = e.getCode();
      response.setStatus(status);
    }
    if (status < 400) {
      status = 500;
      response.setStatus(status);
    }
    String id = RequestIds.generate();
    byte[] body = body(status, id);
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.getHeaders().put(RequestIds.HEADER, id);
    accessLog.accept(AccessLog.format(request.getMethod(), AccessLog.NO_ROUTE, status, 0f,
        HttpStatus.hasNoBody(status) ? 0 : body.length, id));
    if ("HEAD".equals(request.getMethod()) || HttpStatus.hasNoBody(status)) {
      callback.succeeded();
      return true;
    }
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
    response.write(true, ByteBuffer.wrap(body), callback);
    return true;
  }

  static byte[] body(int status, String requestId) throws JsonProcessingException {
    return JSON.writeValueAsBytes(new ErrorDto(status, ErrorResponses.reason(status), message(status), requestId));
  }

  static String message(int status) {
    return switch (status) {
      case 400 -> "Requête HTTP mal formée.";
      case 414 -> "Adresse (URI) trop longue.";
      case 431 -> "En-têtes de requête trop volumineux.";
      case 503 -> "Service momentanément indisponible (arrêt en cours) : réessayer.";
      default -> status >= 500 ? "Erreur interne du serveur." : "Requête refusée (HTTP " + status + ").";
    };
  }
}
