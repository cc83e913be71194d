package fr.passerelles.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.javalin.json.JavalinJackson;

/**
 * The API's JSON mapper. Reading is strict (unknown fields, duplicate keys, trailing tokens and
 * nulls for numbers are errors), so a client's typo ({@code "txt"}) is a 400 that names the field
 * instead of an empty text silently analysed.
 */
final class JsonMapping {
  private JsonMapping() {}

  static ObjectMapper objectMapper() {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    return new ObjectMapper(factory)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
  }

  static JavalinJackson javalinMapper() {
    return new JavalinJackson(objectMapper(), false);
  }
}
