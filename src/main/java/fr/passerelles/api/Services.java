package fr.passerelles.api;

import fr.passerelles.corpus.Corpus;
import java.util.Objects;

/**
 * The plain services the HTTP layer calls: built once at start-up, immutable or thread-safe, shared
 * by every request. Handlers receive what they need from here; nothing in these services knows
 * about HTTP.
 *
 * <p>To wire an engine service (matcher, passerelles, gap analysis…), add it as a component here,
 * pass it to its handler class in {@link App#create}, and build it in {@code ServeCommand} and in
 * the tests' {@code TestApi}, the only two places that construct this record.
 *
 * @param corpus the branch referential (nomenclatures, sheets, mobility method)
 */
public record Services(Corpus corpus) {
  public Services {
    Objects.requireNonNull(corpus, "corpus");
  }
}
