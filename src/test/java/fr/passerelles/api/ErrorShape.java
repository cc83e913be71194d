package fr.passerelles.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.stream.StreamSupport;

/** Checks that a body is the API's one error shape, and returns its message. */
final class ErrorShape {
  private ErrorShape() {}

  static String assertError(int status, String body) {
    JsonNode json = RawHttp.json(body);
    List<String> fields = StreamSupport.stream(((Iterable<String>) json::fieldNames).spliterator(), false).toList();
    assertEquals(List.of("status", "error", "message", "requestId"), fields, body);
    assertEquals(status, json.get("status").asInt(), body);
    assertEquals(ErrorResponses.reason(status), json.get("error").asText(), body);
    String message = json.get("message").asText();
    assertFalse(message.isBlank(), body);
    assertTrue(json.get("requestId").asText().length() >= 8, body);
    for (String leak : List.of("Exception", "\tat ", "java.", "io.javalin", "org.eclipse")) {
      assertFalse(message.contains(leak), "message leaks internals: " + message);
    }
    return message;
  }
}
