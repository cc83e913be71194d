package fr.passerelles.api;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.cfg.MutableCoercionConfig;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.javalin.json.JavalinJackson;
import java.util.List;

/**
 * The API's JSON mapper. Reading is strict, so what a client sends is what the server reads:
 * unknown fields, duplicate keys, trailing tokens and nulls for numbers are errors, and no scalar is
 * coerced into another type ({@code {"text": true}}, {@code "limit": "5"}, {@code "limit": 2.5}
 * and {@code "people": "12"} are 400s naming the field, not a text "true" or a limit of 2). A
 * client's typo ({@code "txt"}) is a 400 that names the field instead of an empty text silently
 * analysed.
 */
final class JsonMapping {
  private JsonMapping() {}

  static ObjectMapper objectMapper() {
    JsonFactory factory = JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    CoercionInputShape[] scalars = {
        CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean, CoercionInputShape.String};
    JsonMapper.Builder builder = JsonMapper.builder(factory)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    // each logical type takes its own JSON shape only: a string is not a number, nor a number a string
    // (a JSON integer is a valid float; an empty string is a valid string)
    builder.withCoercionConfig(LogicalType.Integer, c -> only(c, scalars, CoercionInputShape.Integer));
    builder.withCoercionConfig(LogicalType.Float, c -> only(c, scalars, CoercionInputShape.Float, CoercionInputShape.Integer));
    builder.withCoercionConfig(LogicalType.Textual, c -> only(c, scalars, CoercionInputShape.String));
    builder.withCoercionConfig(LogicalType.Boolean, c -> only(c, scalars, CoercionInputShape.Boolean));
    return builder.build();
  }

  private static void only(MutableCoercionConfig config, CoercionInputShape[] scalars, CoercionInputShape... own) {
    List<CoercionInputShape> accepted = List.of(own);
    for (CoercionInputShape shape : scalars) {
      if (!accepted.contains(shape)) {
        config.setCoercion(shape, CoercionAction.Fail);
      }
    }
    if (!accepted.contains(CoercionInputShape.String)) {
      config.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
    }
  }

  static JavalinJackson javalinMapper() {
    return new JavalinJackson(objectMapper(), false);
  }
}
