package fr.passerelles.search;

import fr.passerelles.index.IndexBuilder;
import fr.passerelles.index.IndexFields;
import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * A recruiter's words → a Lucene query over the items' text. Each word position (a word, the verb
 * it stands for, its synonyms, or a multi-word synonym) is one clause. A strict query needs all the
 * clauses of a short query and most of a longer one ({@link #minimumShouldMatch}); a multi-word
 * query also scores the words as a phrase, within {@link #PHRASE_SLOP} positions ("anglais
 * courant" above "courants marins… anglais"). A relaxed query needs the query's most specific
 * clause (the fewest items), so it stays on the topic; a branch query any clause, over branch
 * items only. Filters never score.
 */
final class SkillQueryParser {
  /** Up to this many clauses, every clause must match. */
  static final int ALL_REQUIRED_UP_TO = 3;
  /** Beyond, this share of the clauses (rounded up) must match. */
  static final double SHARE_REQUIRED = 0.6;
  /** Words of a multi-word skill may be this many positions apart and still score as a phrase. */
  static final int PHRASE_SLOP = 3;
  /** Weight of the phrase clause against the words' own. */
  static final float PHRASE_BOOST = 2f;
  /**
   * A word more items have says too little to lift a branch skill on its own ("gestion", "client",
   * "techniques": "Gestion budgétaire" for "gestion immobilière"; dev errors in docs/quality.md).
   */
  static final double LIFT_MAX_SHARE = 0.01;
  /** A query's head more items have is a generic action noun ({@link #withoutGenericHead}). */
  static final double GENERIC_HEAD_SHARE = 0.05;

  private final Analyzer analyzer;
  private final Analyzer wordsAnalyzer;
  private final QueryBuilder builder;
  private final SkillEquivalences equivalences;

  /**
   * @param wordsAnalyzer the query analyzer without synonyms: which terms a query's own words give
   * @param abbreviations the abbreviations the referential defines ({@link Acronyms#mine}), folded → long forms
   */
  SkillQueryParser(Analyzer queryAnalyzer, Analyzer wordsAnalyzer, java.util.Map<String, List<String>> abbreviations) {
    this.analyzer = queryAnalyzer;
    this.wordsAnalyzer = wordsAnalyzer;
    this.builder = new QueryBuilder(queryAnalyzer);
    this.equivalences = SkillEquivalences.load(queryAnalyzer, wordsAnalyzer, abbreviations);
  }

  /** Distinct analyzed terms of the query, synonyms and verbs included, in order. */
  List<String> terms(String text) {
    return IndexBuilder.analyzedTerms(analyzer, IndexFields.TEXT, text);
  }

  /** How many of the query's words an item needs. */
  enum Mode {
    /** all (most, for a long query) */
    STRICT,
    /**
     * as {@link #STRICT}, a leading infinitive only scoring; null when the query has none: what a
     * paraphrase's strict tier becomes when the verb leaves it short ({@link SkillSearch#FILL_BELOW})
     */
    STRICT_VERB_SCORES,
    /**
     * one word fewer than {@link #STRICT} asks, at least two, the leading infinitive aside; null
     * when that leaves fewer than two: what follows a short strict tier before {@link #RELAXED}
     */
    MOST,
    /** the most specific one */
    RELAXED,
    /**
     * any one word that at most {@link #LIFT_MAX_SHARE} of the items have, and only items of a
     * branch sheet: the candidates for the branch skill lifted first
     */
    ANY_BRANCH,
    /**
     * any one word that at most {@link #LIFT_MAX_SHARE} of the items have (never a generic one,
     * so the page stays on topic), null for a one-word query: what fills a page the other two
     * tiers leave short ({@link SkillSearch#FILL_BELOW})
     */
    ANY
  }

  /**
   * The scoring query with the query's filters, or null when the text has no searchable word (or,
   * relaxed, a word no item has; or, for branch items, a query restricted to ROME sheets).
   *
   * @param searcher where the relaxed query counts each clause's items
   */
  Query parse(SkillQuery q, Mode mode, IndexSearcher searcher) throws IOException {
    Query text = withEquivalences(builder.createBooleanQuery(IndexFields.TEXT, q.text(), BooleanClause.Occur.SHOULD), q.text());
    if (text == null || (mode == Mode.ANY_BRANCH && q.type() == fr.passerelles.index.SheetType.ROME)) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    Query words = switch (mode) {
      case STRICT -> orPhraseEquivalents(requireMost(text, java.util.Set.of()), q.text());
      case STRICT_VERB_SCORES -> verbs(q.text()).isEmpty() ? null : orPhraseEquivalents(requireMost(text, verbs(q.text())), q.text());
      case MOST -> requireOneFewer(text, searcher, verbs(q.text()));
      case RELAXED -> requireMostSpecific(text, searcher, verbs(q.text()), 0);
      case ANY_BRANCH -> anySpecific(text, searcher, verbs(q.text()));
      case ANY -> text instanceof BooleanQuery bq && bq.clauses().size() > 1 ? anySpecific(text, searcher, java.util.Set.of()) : null;
    };
    if (words == null) {
      return null;
    }
    query.add(words, BooleanClause.Occur.MUST);
    if (text instanceof BooleanQuery bq && bq.clauses().size() > 1) {
      Query phrase = builder.createPhraseQuery(IndexFields.TEXT, q.text(), PHRASE_SLOP);
      if (phrase != null) {
        query.add(new BoostQuery(phrase, PHRASE_BOOST), BooleanClause.Occur.SHOULD);
      }
    }
    filter(query, IndexFields.SHEET_TYPE, mode == Mode.ANY_BRANCH ? fr.passerelles.index.SheetType.BRANCH.json()
        : q.type() == null ? null : q.type().json());
    filter(query, IndexFields.FAMILY, q.family());
    filter(query, IndexFields.KIND, q.kind());
    return query.build();
  }

  /**
   * Each word position whose terms have reviewed equivalents becomes "the word or any equivalent"
   * (an equivalent phrase within {@link #PHRASE_SLOP}): it still counts as one clause.
   */
  private Query withEquivalences(Query text, String queryText) {
    if (text == null) {
      return null;
    }
    java.util.Set<String> typed = new java.util.HashSet<>(IndexBuilder.analyzedTerms(wordsAnalyzer, IndexFields.TEXT, queryText));
    java.util.Map<String, List<String>> compounds = compounds(queryText);
    if (!(text instanceof BooleanQuery bq)) {
      Query one = expand(text, typed, compounds);
      // one word position: wrapped so that its alternatives are not read as several clauses
      return one == text ? text : new BooleanQuery.Builder().add(one, BooleanClause.Occur.SHOULD).build();
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      b.add(expand(c.query(), typed, compounds), c.occur());
    }
    return b.build();
  }

  /**
   * The analyzed terms of the query's prefixed words → the phrases they stand for ({@link
   * PrefixCompounds}: "télévente" → "vente à distance", "vente par téléphone"; "multitâche" →
   * "plusieurs tâches"; dev errors in docs/quality.md), as alternatives of their clause.
   */
  private java.util.Map<String, List<String>> compounds(String queryText) {
    java.util.Map<String, List<String>> out = new java.util.HashMap<>();
    for (String word : queryText.split("[^\\p{L}-]+")) {
      List<String> phrases = fr.passerelles.analysis.PrefixCompounds.paraphrases(word);
      if (!phrases.isEmpty()) {
        for (String t : IndexBuilder.analyzedTerms(wordsAnalyzer, IndexFields.TEXT, word)) {
          out.computeIfAbsent(t, k -> new java.util.ArrayList<>()).addAll(phrases);
        }
      }
    }
    return out;
  }

  /**
   * The clause or any equivalent of a word the query typed ("relation client" or bénéficiaire: the
   * judgements read "relation client" as one concept). The words of a conjunction a multi-word
   * synonym brought (one of its words is none the query typed) get no equivalent: it would stand
   * for the whole clause ("CRM" found "attestations aux bénéficiaires" through gestion ∧ relation ∧
   * client, and "administration de bases de données" any "informations" through the synonym
   * administrateur ∧ base ∧ données).
   *
   * @param typed the analyzed terms of the query's own words, synonyms aside
   */
  private Query expand(Query clause, java.util.Set<String> typed, java.util.Map<String, List<String>> compounds) {
    java.util.Set<String> alternatives = new java.util.LinkedHashSet<>();
    Query inner = inPlace(clause, typed, false, alternatives);
    clause.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... ts) {
        for (Term t : ts) {
          alternatives.addAll(compounds.getOrDefault(t.text(), List.of()));
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return orAlternatives(inner, alternatives);
  }

  /**
   * The clause with the equivalents of the words not typed beside them; those of typed words go to
   * {@code clauseLevel}; none inside a synonym's conjunction ({@code synonym}).
   */
  private Query inPlace(Query clause, java.util.Set<String> typed, boolean synonym, java.util.Set<String> clauseLevel) {
    if (clause instanceof BooleanQuery bq) {
      boolean inSynonym = synonym || bq.clauses().stream()
          .anyMatch(c -> c.occur() == BooleanClause.Occur.MUST && !holdsAny(c.query(), typed));
      BooleanQuery.Builder b = new BooleanQuery.Builder().setMinimumNumberShouldMatch(bq.getMinimumNumberShouldMatch());
      bq.clauses().forEach(c -> b.add(inPlace(c.query(), typed, inSynonym, clauseLevel), c.occur()));
      return b.build();
    }
    List<String> terms = new java.util.ArrayList<>();
    clause.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... ts) {
        for (Term t : ts) {
          terms.add(t.text());
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    if (clause instanceof org.apache.lucene.search.PhraseQuery || clause instanceof org.apache.lucene.search.MultiPhraseQuery) {
      return clause;
    }
    java.util.Set<String> here = new java.util.LinkedHashSet<>();
    for (String t : terms) {
      if (synonym) {
        continue; // a synonym's own words: the synonym is the alternative, no further one
      }
      (typed.contains(t) ? clauseLevel : here).addAll(equivalences.of(t));
    }
    return orAlternatives(clause, here);
  }

  private static boolean holdsAny(Query q, java.util.Set<String> typed) {
    boolean[] found = {false};
    q.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... ts) {
        for (Term t : ts) {
          found[0] |= typed.contains(t.text());
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return found[0];
  }

  private Query orAlternatives(Query clause, java.util.Collection<String> alternatives) {
    if (alternatives.isEmpty()) {
      return clause;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder().add(clause, BooleanClause.Occur.SHOULD);
    for (String a : alternatives) {
      if (losesAWord(a)) {
        continue;
      }
      Query alt = builder.createPhraseQuery(IndexFields.TEXT, a, PHRASE_SLOP);
      if (alt != null) {
        any.add(alt, BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  /**
   * An alternative of several words that the analysis reads as one: a stop word of the expression
   * dropped ("contrôle de soi" → contrôle, "soi" a stop word), so it would stand for every item
   * with the other word ("Contrôler des écritures comptables" for "sang-froid"; dev errors in
   * docs/quality.md). Words of one or two letters ("à distance") are articles and prepositions,
   * not part of the expression's meaning.
   */
  private boolean losesAWord(String alternative) {
    long words = java.util.Arrays.stream(alternative.split("[^\\p{L}]+")).filter(w -> w.codePointCount(0, w.length()) > 2).count();
    return words > 1 && positions(alternative) < 2;
  }

  /** How many word positions the analysis leaves of a text (a word's stem and verb share one). */
  private int positions(String text) {
    int n = 0;
    try (org.apache.lucene.analysis.TokenStream ts = wordsAnalyzer.tokenStream(IndexFields.TEXT, text)) {
      var inc = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        n += inc.getPositionIncrement() > 0 ? 1 : 0;
      }
      ts.end();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return n;
  }

  /**
   * The query's words as a phrase within {@link #PHRASE_SLOP}, or any reviewed alternative of a
   * fixed expression it holds; null for a query of one word position.
   */
  Query phrase(SkillQuery q) {
    Query text = builder.createBooleanQuery(IndexFields.TEXT, q.text(), BooleanClause.Occur.SHOULD);
    if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return null;
    }
    Query phrase = builder.createPhraseQuery(IndexFields.TEXT, q.text(), PHRASE_SLOP);
    return phrase == null ? null : orPhraseEquivalents(phrase, q.text());
  }

  /**
   * The strict words, or any reviewed alternative of a fixed expression the query holds ("esprit
   * d'équipe" → "travailler en équipe", "maîtrise de soi" → "sang-froid"), each a phrase within
   * {@link #PHRASE_SLOP}.
   */
  private Query orPhraseEquivalents(Query strict, String queryText) {
    return orAlternatives(strict, equivalences.ofPhrasesIn(queryText));
  }

  /**
   * The same clauses, with {@link #minimumShouldMatch} of them required; a leading infinitive's
   * clause ({@link #verbs}) only scores when other words are there: a paraphrase's verb is rarely
   * the referential's ("faire le planning des équipes" is stated by "Elabore les plannings de ses
   * équipes"; dev errors in docs/quality.md).
   */
  private static Query requireMost(Query text, java.util.Set<String> verbs) {
    if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return text;
    }
    List<Query> verb = verbs.isEmpty() ? List.of()
        : bq.clauses().stream().map(BooleanClause::query).filter(c -> holdsAny(c, verbs)).toList();
    List<Query> words = bq.clauses().stream().map(BooleanClause::query).filter(c -> !verb.contains(c)).toList();
    if (verb.isEmpty() || words.isEmpty()) {
      BooleanQuery.Builder b = new BooleanQuery.Builder();
      bq.clauses().forEach(b::add);
      b.setMinimumNumberShouldMatch(minimumShouldMatch(bq.clauses().size()));
      return b.build();
    }
    BooleanQuery.Builder required = new BooleanQuery.Builder();
    words.forEach(c -> required.add(c, BooleanClause.Occur.SHOULD));
    required.setMinimumNumberShouldMatch(minimumShouldMatch(words.size()));
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(required.build(), BooleanClause.Occur.MUST);
    verb.forEach(c -> b.add(c, BooleanClause.Occur.SHOULD));
    return b.build();
  }

  /**
   * The most specific clause, as {@link #RELAXED} keeps it, and enough of the others to have one
   * word fewer than a strict query asks, at least two in all (a leading infinitive never counts):
   * "langues étrangères écrites" → the items with écrit and langues, or écrit and étrangères, before
   * those with écrit alone. Null when that leaves one word.
   */
  private static Query requireOneFewer(Query text, IndexSearcher searcher, java.util.Set<String> verbs) throws IOException {
    if (!(text instanceof BooleanQuery bq)) {
      return null;
    }
    long words = bq.clauses().stream().filter(c -> !weak(c.query(), verbs)).count();
    int required = minimumShouldMatch((int) words) - 1;
    return required < 2 ? null : requireMostSpecific(text, searcher, verbs, required - 1);
  }

  /**
   * The analyzed terms of the query's first word when it is an infinitive ("parler anglais",
   * "faire le planning des équipes", "tenir les délais"): a recruiter's paraphrase puts the
   * skill's action first as a verb, which the referential's nominal items rarely have ("parler":
   * 10 items, "anglais": 16; "faire": 149, "planning": 693), so the rarest word was the verb and
   * the relaxed tier kept "Parler en voix off". Only the first word: in "capacité à convaincre"
   * the verb is the skill. A word LanguageTool's lexicon reads as an infinitive ({@link Infinitives}).
   */
  private java.util.Set<String> verbs(String queryText) {
    String[] words = queryText.strip().split("[^\\p{L}]+");
    if (words.length < 2 || !Infinitives.is(words[0])) {
      return java.util.Set.of();
    }
    return new java.util.HashSet<>(IndexBuilder.analyzedTerms(wordsAnalyzer, IndexFields.TEXT, words[0]));
  }

  /**
   * The clause found in the fewest items is required, the others only score: "gestion des
   * réclamations" relaxed keeps to réclamations, never "Gestion budgétaire". A clause of a leading
   * infinitive ({@link #verbs}) or of a one-letter word is kept only when every clause is one.
   * Null when a clause has no item at all (a typo: nothing is relaxed onto the other words).
   */
  private static Query requireMostSpecific(Query text, IndexSearcher searcher, java.util.Set<String> verbs,
      int othersRequired) throws IOException {
    if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2) {
      return text;
    }
    Query rarest = null;
    int fewest = Integer.MAX_VALUE;
    boolean onlyWeak = bq.clauses().stream().allMatch(c -> weak(c.query(), verbs));
    for (BooleanClause c : bq.clauses()) {
      int n = searcher.count(c.query());
      if (n == 0 && !weak(c.query(), verbs)) {
        return null; // a word no item has: likely misspelt, "did you mean" does better than relaxing
      }
      if (n == 0) {
        continue; // a leading infinitive the lexicon knows no item has ("taper des courriers"): no typo
      }
      if (n < fewest && (onlyWeak || !weak(c.query(), verbs))) {
        fewest = n;
        rarest = c.query();
      }
    }
    if (rarest == null) {
      return othersRequired > 0 ? null : text;
    }
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    b.add(rarest, BooleanClause.Occur.MUST);
    BooleanQuery.Builder others = new BooleanQuery.Builder();
    for (BooleanClause c : bq.clauses()) {
      if (c.query() != rarest) {
        (othersRequired > 0 && !weak(c.query(), verbs) ? others : b).add(c.query(), BooleanClause.Occur.SHOULD);
      }
    }
    if (othersRequired > 0) {
      b.add(others.setMinimumNumberShouldMatch(othersRequired).build(), BooleanClause.Occur.MUST);
    }
    return b.build();
  }

  /** A clause that never stands for the query alone: a one-letter word's, or a leading infinitive's ({@link #verbs}). */
  private static boolean weak(Query clause, java.util.Set<String> verbs) {
    return isQualifier(clause) || (!verbs.isEmpty() && holdsAny(clause, verbs));
  }

  /**
   * The clauses no more than {@link #LIFT_MAX_SHARE} of the items have, any one enough, never a
   * leading infinitive's ({@link #verbs}: "faire" lifted "Faire du conseil juridique" for "faire le
   * planning des équipes"); null when none.
   */
  private static Query anySpecific(Query text, IndexSearcher searcher, java.util.Set<String> verbs) throws IOException {
    int most = (int) (searcher.getIndexReader().maxDoc() * LIFT_MAX_SHARE);
    List<Query> clauses = text instanceof BooleanQuery bq ? bq.clauses().stream().map(BooleanClause::query).toList() : List.of(text);
    BooleanQuery.Builder b = new BooleanQuery.Builder();
    int kept = 0;
    for (Query c : clauses) {
      if (!weak(c, verbs) && searcher.count(c) <= most) {
        b.add(c, BooleanClause.Occur.SHOULD);
        kept++;
      }
    }
    return kept == 0 ? null : b.build();
  }

  /**
   * A clause of one-character words only ("B" of "permis B", "C" of "vitamine C") qualifies the
   * other words: it is never the word a relaxed search keeps nor one that lifts a branch skill
   * (it found "option B : pressing" for "permis B").
   */
  static boolean isQualifier(Query clause) {
    boolean[] longWord = {false};
    boolean[] any = {false};
    clause.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public void consumeTerms(Query query, Term... terms) {
        for (Term t : terms) {
          any[0] = true;
          longWord[0] |= t.text().codePointCount(0, t.text().length()) > 1;
        }
      }

      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
        return this;
      }
    });
    return any[0] && !longWord[0];
  }

  /**
   * The query without its head when the head is a generic action noun ("gestion", "organisation",
   * "suivi", "techniques": a first clause more than {@link #GENERIC_HEAD_SHARE} of the items have),
   * over branch items only: "Traite les réclamations" states "gestion des réclamations" (the
   * judgements read a generic action word as no concept of its own). The other clauses are
   * required as in a strict query, the head only ranks. Null when the head is not generic, when
   * nothing but qualifiers would be left, or when the search is restricted to ROME sheets.
   */
  Query withoutGenericHead(SkillQuery q, IndexSearcher searcher) throws IOException {
    Query text = withEquivalences(builder.createBooleanQuery(IndexFields.TEXT, q.text(), BooleanClause.Occur.SHOULD), q.text());
    if (!(text instanceof BooleanQuery bq) || bq.clauses().size() < 2 || q.type() == fr.passerelles.index.SheetType.ROME) {
      return null;
    }
    Query head = bq.clauses().get(0).query();
    List<Query> rest = bq.clauses().stream().skip(1).map(BooleanClause::query).toList();
    if (isQualifier(head) || rest.stream().allMatch(SkillQueryParser::isQualifier)
        || searcher.count(head) <= searcher.getIndexReader().maxDoc() * GENERIC_HEAD_SHARE) {
      return null;
    }
    BooleanQuery.Builder words = new BooleanQuery.Builder();
    rest.forEach(c -> words.add(c, BooleanClause.Occur.SHOULD));
    words.setMinimumNumberShouldMatch(minimumShouldMatch(rest.size()));
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(words.build(), BooleanClause.Occur.MUST)
        .add(head, BooleanClause.Occur.SHOULD);
    filter(query, IndexFields.SHEET_TYPE, fr.passerelles.index.SheetType.BRANCH.json());
    filter(query, IndexFields.FAMILY, q.family());
    filter(query, IndexFields.KIND, q.kind());
    return query.build();
  }

  static int minimumShouldMatch(int clauses) {
    return clauses <= ALL_REQUIRED_UP_TO ? clauses : (int) Math.ceil(clauses * SHARE_REQUIRED);
  }

  private static void filter(BooleanQuery.Builder query, String field, String value) {
    if (value != null) {
      query.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
    }
  }
}
