package fr.passerelles.nlp;

import java.util.Objects;

/**
 * An activity found in the user's text: a verb with its object ("gère les réclamations des
 * clients", "j'ai organisé des rapatriements sanitaires") or an action noun with its complement
 * ("Accueil téléphonique des bénéficiaires").
 *
 * @param text exactly {@code original.substring(start, end)}
 * @param start offset of the first char in the original text
 * @param end offset after the last char
 * @param head the guessed infinitive of the verb, with its locution if any ("gérer", "prendre en
 *     charge"), or the action noun in the singular ("accueil", "mise en place"); lower case
 * @param headKind whether {@code head} is a verb or an action noun
 * @param segmentIndex index of the {@link Segment} the phrase lies in
 */
public record ActionPhrase(
    String text, int start, int end, String head, HeadKind headKind, int segmentIndex) {

  public ActionPhrase {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(headKind, "headKind");
    if (start < 0 || end <= start || text.length() != end - start || segmentIndex < 0) {
      throw new IllegalArgumentException("bad action phrase [" + start + ", " + end + ")");
    }
  }

  public enum HeadKind {
    /** "gère les réclamations", head "gérer". */
    VERB,
    /** "Gestion des réclamations", head "gestion". */
    ACTION_NOUN
  }
}
