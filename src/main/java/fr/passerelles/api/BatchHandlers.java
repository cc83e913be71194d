package fr.passerelles.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.passerelles.api.dto.BatchDto;
import fr.passerelles.api.dto.BatchItemDto;
import fr.passerelles.api.dto.BatchItemRequest;
import fr.passerelles.api.dto.BatchSummaryDto;
import fr.passerelles.api.dto.TrainingNeedDto;
import fr.passerelles.api.dto.TrainingNeedsDto;
import fr.passerelles.mobility.Mobility;
import fr.passerelles.mobility.PersonalMobility;
import fr.passerelles.mobility.PersonalQuery;
import fr.passerelles.mobility.TrainingNeeds;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.Header;
import io.javalin.http.UnsupportedMediaTypeResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /passerelles/batch}: many texts in one request for the training-planning tool — a
 * JSON array answered in one JSON object, or NDJSON answered line by line as each text is done —
 * each answered with its closest métier and key gaps, then the training needs of the people
 * answered. Each item may carry the options of one person's request (scope, wish, corrections, a
 * chosen origin), checked as they are there: a bad option is that item's 400. Bounded
 * ({@link BatchLimits}: 413 before any analysis), each text checked as one text is, each analysis taking its turn at the {@link EngineGate} like a single request. An item that
 * cannot be read gets its error in the one error shape; the others are answered. Texts are neither
 * logged nor kept beyond the request.
 */
final class BatchHandlers {
  static final String NDJSON = "application/x-ndjson";
  /** Key gaps per person: as many as a passerelle shows. */
  static final int ITEM_KEY_GAPS = 8;
  /** Needs in the population's flat list (the modules hold their own first ten). */
  static final int POPULATION_NEEDS = 100;
  private static final ObjectMapper MAPPER = JsonMapping.objectMapper();

  private final EngineHolder engine;
  private final EngineGate gate;
  private final TextBodyReader bodies;
  private final BatchLimits limits;
  private final ErrorResponses errors;

  BatchHandlers(EngineHolder engine, EngineGate gate, TextBodyReader bodies, BatchLimits limits, ApiConfig config) {
    this.engine = engine;
    this.gate = gate;
    this.bodies = bodies;
    this.limits = limits;
    this.errors = new ErrorResponses(config.maxBodyBytes());
  }

  void batch(Context ctx) {
    QueryParams.none(ctx);
    boolean ndjson = ndjson(ctx);
    String body = read(ctx);
    Mobility mobility = engine.require(ctx).mobility();
    List<Object> items = ndjson ? lines(body) : array(body);
    if (items.isEmpty()) {
      throw new BadRequestResponse("Lot vide : au moins un texte à analyser.");
    }
    if (items.size() > limits.maxItems()) {
      throw new ContentTooLargeResponse(String.format(Locale.ROOT,
          "Lot trop grand : %d textes pour %d au plus.", items.size(), limits.maxItems()));
    }
    Mobility.PeopleNeeds people = mobility.peopleNeeds();
    if (!ndjson) {
      List<BatchItemDto> answers = new ArrayList<>();
      for (Object item : items) {
        answers.add(answer(ctx, mobility, item, people));
      }
      int failed = (int) answers.stream().filter(a -> a.error() != null).count();
      ctx.json(new BatchDto(answers.size(), failed, answers, population(mobility, people)));
      return;
    }
    ctx.status(200);
    ctx.contentType(NDJSON + "; charset=utf-8");
    try {
      OutputStream out = ctx.res().getOutputStream();
      int failed = 0;
      for (Object item : items) {
        BatchItemDto a = answer(ctx, mobility, item, people);
        failed += a.error() == null ? 0 : 1;
        line(out, a);
      }
      line(out, new BatchSummaryDto(items.size(), failed, population(mobility, people)));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // the client went away
    }
  }

  private static void line(OutputStream out, Object value) throws IOException {
    out.write(MAPPER.writeValueAsBytes(value));
    out.write('\n');
    out.flush();
  }

  /** One item: a parsed request, or the error its line or element already gave. */
  private BatchItemDto answer(Context ctx, Mobility mobility, Object item, Mobility.PeopleNeeds people) {
    if (item instanceof RuntimeException e) {
      return new BatchItemDto(null, null, null, null, null, errors.itemError(ctx, e));
    }
    BatchItemRequest r = (BatchItemRequest) item;
    try {
      if (r.id() == null || r.id().isBlank() || r.id().length() > 100) {
        throw new BadRequestResponse("Champ id obligatoire : une chaîne de 1 à 100 caractères.");
      }
      if (r.text() == null) {
        throw new BadRequestResponse("Champ « text » obligatoire.");
      }
      bodies.checkText(r.text());
      PersonalQuery q = PersonalRequests.query(r.text(), r.type(), r.scope(), r.wish(), r.exclude(), r.include(),
          r.origin(), mobility);
      PersonalMobility p = gate.run(ctx, r.text().length(), () -> mobility.personal(q));
      people.add(p);
      List<TrainingNeedDto> keyGaps = mobility.trainingNeedsOf(List.of(p)).needs().stream().limit(ITEM_KEY_GAPS)
          .map(MobilityMapper::need).toList();
      return new BatchItemDto(r.id(), MobilityMapper.target(p.closest()), p.matchScore(), p.matchConfident(), keyGaps,
          null);
    } catch (RuntimeException e) {
      return new BatchItemDto(r.id() == null || r.id().length() > 100 ? null : r.id(), null, null, null, null,
          errors.itemError(ctx, e));
    }
  }

  private static TrainingNeedsDto population(Mobility mobility, Mobility.PeopleNeeds people) {
    TrainingNeeds needs = people.needs();
    TrainingNeedsDto all = MobilityMapper.trainingNeeds(needs);
    return new TrainingNeedsDto(all.population(), all.modules(),
        all.needs().stream().limit(POPULATION_NEEDS).toList(), all.certifications());
  }

  /** True for NDJSON, false for a JSON array; 415 for anything else (or a charset other than UTF-8). */
  private static boolean ndjson(Context ctx) {
    String header = ctx.header(Header.CONTENT_TYPE);
    String type = header == null ? "" : header.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!type.equals(NDJSON) && !type.equals(TextBodyReader.JSON)) {
      throw new UnsupportedMediaTypeResponse(
          "Type de contenu non pris en charge : envoyer application/json (tableau) ou application/x-ndjson.");
    }
    if (header.toLowerCase(Locale.ROOT).contains("charset") && !header.toLowerCase(Locale.ROOT).replace(" ", "")
        .matches(".*charset=\"?utf-8\"?.*")) {
      throw new UnsupportedMediaTypeResponse("Encodage non pris en charge : envoyer le texte en UTF-8.");
    }
    return type.equals(NDJSON);
  }

  /** The body, at most {@link BatchLimits#maxBytes()} bytes (413 beyond, before reading it all). */
  private String read(Context ctx) {
    if (ctx.contentLength() > limits.maxBytes()) {
      throw tooLarge();
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] chunk = new byte[64 * 1024];
      for (int n; (n = in.read(chunk)) >= 0; ) {
        if (buffer.size() + n > limits.maxBytes()) {
          throw tooLarge();
        }
        buffer.write(chunk, 0, n);
      }
    } catch (IOException e) {
      throw new BadRequestResponse("Corps de requête illisible.");
    }
    if (buffer.size() == 0) {
      throw new BadRequestResponse("Corps de requête vide : envoyer les textes à analyser.");
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
          .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(buffer.toByteArray())).toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new BadRequestResponse("Corps de requête illisible : le texte doit être encodé en UTF-8.");
    }
  }

  private ContentTooLargeResponse tooLarge() {
    return new ContentTooLargeResponse("Lot trop volumineux : " + limits.maxBytes() + " octets au plus.");
  }

  /** A JSON array of items; a malformed array or element is a 400 for the whole request. */
  private static List<Object> array(String json) {
    BatchItemRequest[] items;
    try {
      items = MAPPER.readValue(json, BatchItemRequest[].class);
    } catch (JacksonException e) {
      throw new BadRequestResponse("Corps JSON invalide : " + ErrorResponses.jsonProblem(e)
          + " (tableau d'objets {id, text, type} attendu).");
    }
    if (items == null) {
      throw new BadRequestResponse("Corps JSON invalide : tableau d'objets {id, text, type} attendu.");
    }
    List<Object> out = new ArrayList<>();
    for (BatchItemRequest r : items) {
      out.add(r == null ? new BadRequestResponse("Élément du lot vide : objet {id, text, type} attendu.") : r);
    }
    return out;
  }

  /** One item per non-blank line; a line that is not an item becomes that item's 400. */
  private static List<Object> lines(String body) {
    List<Object> out = new ArrayList<>();
    int number = 0;
    for (String line : body.split("\n", -1)) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        BatchItemRequest r = MAPPER.readValue(line, BatchItemRequest.class);
        out.add(r == null ? new BadRequestResponse("Ligne " + number + " : objet {id, text, type} attendu.") : r);
      } catch (JacksonException e) {
        out.add(new BadRequestResponse("Ligne " + number + " : JSON invalide, " + ErrorResponses.jsonProblem(e) + "."));
      }
    }
    return out;
  }
}
