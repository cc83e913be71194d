package fr.passerelles.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Requests JavalinTest's client cannot make (OPTIONS, any content type, raw bytes), over real
 * HTTP to the started app.
 */
final class RawHttp {
  private static final HttpClient CLIENT = HttpClient.newHttpClient();
  private static final ObjectMapper JSON = new ObjectMapper();

  private RawHttp() {}

  static HttpResponse<String> send(Javalin app, String method, String path, HttpRequest.BodyPublisher body,
      String... headers) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .method(method, body);
    if (headers.length > 0) {
      b.headers(headers);
    }
    return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  static HttpResponse<String> post(Javalin app, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    return send(app, "POST", path, HttpRequest.BodyPublishers.ofByteArray(body), "Content-Type", contentType);
  }

  /**
   * A large body sent as a careful client does (Expect: 100-continue): the server may refuse it
   * from its Content-Length before any of it is sent, instead of closing a half-sent upload.
   */
  static HttpResponse<String> postExpectingContinue(Javalin app, String path, String contentType, byte[] body)
      throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path))
        .expectContinue(true).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
  }

  static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new UncheckedIOException("not JSON: " + body, e);
    }
  }
}
