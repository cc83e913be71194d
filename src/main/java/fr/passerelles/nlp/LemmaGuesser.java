package fr.passerelles.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Guesses the infinitive of a French verb form from its ending. OpenNLP 2.5 ships no French
 * lemmatizer model, and the verbs of CVs and job sheets are few and mostly regular: present
 * ("gère", "organisez" in job ads), past participle ("organisé") or infinitive ("gérer"). Irregular
 * verbs frequent in job sheets go through tables. The result is a lemma-ish key, not a dictionary
 * lemma ("achète" gives "achéter").
 *
 * <p>Stateless.
 */
final class LemmaGuesser {

  private static final Map<String, String> EXACT =
      Map.ofEntries(
          Map.entry("a", "avoir"),
          Map.entry("ai", "avoir"),
          Map.entry("as", "avoir"),
          Map.entry("avons", "avoir"),
          Map.entry("ont", "avoir"),
          Map.entry("eu", "avoir"),
          Map.entry("est", "être"),
          Map.entry("suis", "être"),
          Map.entry("sommes", "être"),
          Map.entry("sont", "être"),
          Map.entry("été", "être"),
          Map.entry("va", "aller"),
          Map.entry("vont", "aller"),
          Map.entry("peut", "pouvoir"),
          Map.entry("peuvent", "pouvoir"),
          Map.entry("doit", "devoir"),
          Map.entry("doivent", "devoir"),
          Map.entry("sait", "savoir"),
          Map.entry("savent", "savoir"));

  /** Irregular endings, checked in this order (so "suit" wins over "uit"). */
  private static final List<Map.Entry<String, String>> SUFFIXES =
      List.of(
          Map.entry("prenant", "prendre"),
          Map.entry("mettant", "mettre"),
          Map.entry("suivant", "suivre"),
          Map.entry("tenant", "tenir"),
          Map.entry("faisant", "faire"),
          Map.entry("prenez", "prendre"),
          Map.entry("prenons", "prendre"),
          Map.entry("mettez", "mettre"),
          Map.entry("mettons", "mettre"),
          Map.entry("suivez", "suivre"),
          Map.entry("suivons", "suivre"),
          Map.entry("tenez", "tenir"),
          Map.entry("tenons", "tenir"),
          Map.entry("faites", "faire"),
          Map.entry("faisons", "faire"),
          Map.entry("prend", "prendre"),
          Map.entry("prends", "prendre"),
          Map.entry("prennent", "prendre"),
          Map.entry("pris", "prendre"),
          Map.entry("prise", "prendre"),
          Map.entry("met", "mettre"),
          Map.entry("mets", "mettre"),
          Map.entry("mettent", "mettre"),
          Map.entry("mis", "mettre"),
          Map.entry("mise", "mettre"),
          Map.entry("suit", "suivre"),
          Map.entry("suivent", "suivre"),
          Map.entry("suivi", "suivre"),
          Map.entry("suivie", "suivre"),
          Map.entry("tient", "tenir"),
          Map.entry("tiennent", "tenir"),
          Map.entry("tenu", "tenir"),
          Map.entry("vient", "venir"),
          Map.entry("viennent", "venir"),
          Map.entry("venu", "venir"),
          Map.entry("çoit", "cevoir"),
          Map.entry("çoivent", "cevoir"),
          Map.entry("çu", "cevoir"),
          Map.entry("uit", "uire"),
          Map.entry("uisent", "uire"),
          Map.entry("fait", "faire"),
          Map.entry("font", "faire"),
          Map.entry("crit", "crire"),
          Map.entry("crivent", "crire"),
          Map.entry("ond", "ondre"),
          Map.entry("ondent", "ondre"),
          Map.entry("end", "endre"),
          Map.entry("endent", "endre"),
          Map.entry("ouvre", "ouvrir"),
          Map.entry("ouvert", "ouvrir"),
          Map.entry("offre", "offrir"),
          Map.entry("ueille", "ueillir"),
          Map.entry("ueillent", "ueillir"),
          Map.entry("créée", "créer"),
          Map.entry("créé", "créer"),
          Map.entry("crée", "créer"));

  /** Infinitives in -re; other forms in -re are 3rd person of -er verbs ("assure", "gère"). */
  private static final Set<String> INFINITIVE_RE =
      Set.of(
          "ndre", "ttre", "uire", "crire", "faire", "dire", "aître", "aitre", "oître", "oitre",
          "suivre", "vivre", "croire", "boire");

  /** The infinitive guessed for {@code form}; the lower-cased form itself when no rule applies. */
  String verbLemma(String form) {
    String w = form.toLowerCase(Locale.ROOT);
    String exact = EXACT.get(w);
    if (exact != null) {
      return exact;
    }
    if (w.endsWith("er") || w.endsWith("ir") || INFINITIVE_RE.stream().anyMatch(w::endsWith)) {
      return w;
    }
    for (Map.Entry<String, String> e : SUFFIXES) {
      if (w.endsWith(e.getKey())) {
        return w.substring(0, w.length() - e.getKey().length()) + e.getValue();
      }
    }
    String stem;
    if ((stem = strip(w, "ées", "és", "ée", "é")) != null) {
      return stem + "er";
    }
    // Second group ("choisit", "établissent", "défini"); "-ie" stays first group ("identifie").
    if ((stem = strip(w, "issant", "issent", "issez", "issons", "it", "is", "i")) != null) {
      return stem + "ir";
    }
    if ((stem = strip(w, "ant", "ent", "ez", "ons", "es", "e")) != null) {
      return openE(stem) + "er";
    }
    return w;
  }

  /** {@code w} without the first matching ending, if at least two letters remain; else null. */
  private static String strip(String w, String... endings) {
    for (String end : endings) {
      if (w.endsWith(end) && w.length() - end.length() >= 2) {
        return w.substring(0, w.length() - end.length());
      }
    }
    return null;
  }

  /**
   * "gèr" → "gér": the grave accent of a stressed stem becomes acute in the infinitive (gérer,
   * régler, compléter), or plain before n, v, m (mener, lever, semer).
   */
  private static String openE(String stem) {
    int i = stem.lastIndexOf('è');
    if (i < 0 || i + 1 >= stem.length()) {
      return stem;
    }
    char replacement = "nvm".indexOf(stem.charAt(i + 1)) >= 0 ? 'e' : 'é';
    return stem.substring(0, i) + replacement + stem.substring(i + 1);
  }
}
