package fr.passerelles.search;

import fr.passerelles.index.ItemRecord;
import fr.passerelles.index.ItemType;
import fr.passerelles.index.SearchIndexes;
import fr.passerelles.index.SheetRecord;
import fr.passerelles.index.SheetType;
import fr.passerelles.match.TextSpan;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;

/**
 * Skill search for recruiters: a French query → the skills that say it, each with the branch
 * métiers then the ROME sheets that require it. The query is read as a concept: the verb an action
 * noun stands for ({@code gestion des réclamations} finds "Gère les réclamations"), the domain
 * synonyms, the words of a multi-word skill scored as a phrase. Activities and competences are
 * searched together; near-duplicate items (the same analyzed words) are folded into one hit that
 * lists all their sheets. Hits must have all the query's words (most, for long queries); when none
 * has, the search is relaxed to its most specific word and says so; when even that finds nothing,
 * a spelling correction that finds something is offered. Beside the page, the branch métiers that
 * need the skill, read from every branch item that states it ({@link BranchMetierBlock}).
 * Thread-safe: it only reads immutable indexes.
 */
public final class SkillSearch implements Closeable {
  /** Sheets listed per hit at most; {@link SkillHit#sheetCount()} gives them all. */
  public static final int SHEETS_PER_HIT = 20;
  /** Deepest result a page may reach (offset + limit): deeper paging costs more than it serves. */
  public static final int MAX_DEPTH = 10_000;
  /** Matching items read to fold and count: past this, totals and facets are a lower bound. */
  static final int FOLD_DEPTH = 20_000;
  /** Branch skills with any of the query's words put first when no branch skill has all of them. */
  static final int BRANCH_SKILLS_LIFTED = 1;
  /** Branch skills with the words, not as a phrase, kept before ROME's phrase skills when no branch skill has the phrase. */
  static final int BRANCH_WORDS_KEPT = 1;
  /** Below this many skills with the query's words, skills with any of them follow ({@link SkillQueryParser.Mode#ANY}). */
  static final int FILL_BELOW = 10;
  /** Branch métiers listed at most in {@link SkillResults#branchMetiers()}. */
  public static final int BRANCH_METIERS = 10;
  /** Items listed per branch métier at most. */
  public static final int ITEMS_PER_METIER = 3;

  private static final Comparator<SkillSheet> BRANCH_THEN_HEAVIEST =
      Comparator.comparing((SkillSheet s) -> s.sheet().type() == SheetType.BRANCH ? 0 : 1)
          .thenComparingDouble(s -> -s.weight())
          .thenComparing(s -> s.sheet().id());

  private final SearchIndexes indexes;
  private final SkillIndex skillIndex;
  private final SkillQueryParser parser;
  private final TermHighlighter highlighter;
  private final SpellingSuggester speller;
  private final Map<String, List<String>> abbreviations;

  /**
   * Opens the skill index of the generation, writing it first when the generation has none yet (a
   * few seconds for the full ROME; {@code bin/passerelles index} does it ahead).
   *
   * @param synonymsFile the corpus's domain synonyms, or null for none
   */
  public SkillSearch(SearchIndexes indexes, Path synonymsFile) {
    this.indexes = indexes;
    this.skillIndex = new SkillIndex(indexes, synonymsFile);
    this.abbreviations = Acronyms.mine(labels(indexes));
    this.parser = new SkillQueryParser(skillIndex.queryAnalyzer(), skillIndex.indexAnalyzer(), abbreviations);
    this.highlighter = new TermHighlighter(skillIndex.indexAnalyzer());
    this.speller = new SpellingSuggester(skillIndex.searcher(SkillQuery.Scope.ALL).getIndexReader());
  }

  /** Every item's text and every sheet's names (ROME appellations): where the referential defines its abbreviations. */
  private static List<String> labels(SearchIndexes indexes) {
    List<String> out = new ArrayList<>();
    for (ItemType t : ItemType.values()) {
      indexes.allItems(t).forEach(i -> out.add(i.text()));
    }
    try {
      var reader = indexes.sheets().getIndexReader();
      var stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        out.addAll(List.of(stored.document(doc).getValues(fr.passerelles.index.IndexFields.NAME_LABELS)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
    return out;
  }

  /** The abbreviations the referential defines, folded → long forms ({@code eval-search --abbreviations} lists them). */
  public Map<String, List<String>> abbreviations() {
    return abbreviations;
  }

  /** The synonyms file of a corpus folder. */
  public static Path synonymsOf(Path corpusDir) {
    return SkillIndex.synonymsOf(corpusDir);
  }

  /**
   * @param offset index of the first hit, from 0
   * @param limit page size, at least 1
   * @throws IllegalArgumentException when {@code offset + limit} exceeds {@link #MAX_DEPTH}
   */
  public SkillResults search(SkillQuery q, int offset, int limit) {
    if (offset < 0 || limit < 1 || (long) offset + limit > MAX_DEPTH) {
      throw new IllegalArgumentException("offset + limit must be within 1.." + MAX_DEPTH);
    }
    try {
      List<String> terms = parser.terms(q.text());
      if (terms.isEmpty()) {
        return SkillResults.empty(terms, null);
      }
      SkillResults found = search(q, terms, offset, limit);
      if (found.total() > 0) {
        return found;
      }
      String corrected = speller.correct(q.text());
      boolean helps = corrected != null && search(new SkillQuery(corrected, q.scope(), q.type(), q.family(), q.kind()),
          parser.terms(corrected), 0, 1).total() > 0;
      return SkillResults.empty(terms, helps ? corrected : null);
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
  }

  private SkillResults search(SkillQuery q, List<String> terms, int offset, int limit) throws IOException {
    var searcher = skillIndex.searcher(q.scope());
    Query strict = parser.parse(q, SkillQueryParser.Mode.STRICT, searcher);
    if (strict == null) {
      return SkillResults.empty(terms, null);
    }
    List<Group> exact = fold(q, top(searcher, strict), Map.of());
    // the branch métiers are read from the skills with every word, the verb too: without it the
    // block listed the métiers of every "fournisseurs" item for "payer les fournisseurs"
    List<Group> stated = exact;
    if (exact.size() < FILL_BELOW) {
      // a paraphrase whose verb the referential words otherwise ("faire le planning des équipes"
      // → "Elabore les plannings de ses équipes"): the verb only scores (dev errors in docs/quality.md)
      Query noVerb = parser.parse(q, SkillQueryParser.Mode.STRICT_VERB_SCORES, searcher);
      List<Group> wider = noVerb == null ? List.of() : fold(q, top(searcher, noVerb), Map.of());
      if (wider.size() > exact.size()) {
        exact = wider;
      }
    }
    exact.forEach(g -> g.exact = true);
    markPhrase(parser.phrase(q), searcher, exact);
    // a short strict tier of a query of three words or more is followed by the skills with its most
    // specific word and all the others but one, before those with that word alone: "organisation des
    // transports sanitaires" → "Réaliser le transport sanitaire de personnes" before "Hygiène et
    // sécurité sanitaire…" (dev errors in docs/quality.md)
    List<Group> most = List.of();
    if (exact.size() < FILL_BELOW) {
      Query oneFewer = parser.parse(q, SkillQueryParser.Mode.MOST, searcher);
      if (oneFewer != null) {
        Map<String, Group> seen = new HashMap<>();
        exact.forEach(g -> seen.put(g.key, g));
        most = fold(q, top(searcher, oneFewer), seen);
      }
    }
    // then what has only the query's most specific word: still on topic, and totals that do not
    // depend on the page asked for
    Query relaxed = parser.parse(q, SkillQueryParser.Mode.RELAXED, searcher);
    List<Group> wider = List.of();
    List<Group> lifted = List.of();
    if (relaxed != null) {
      Map<String, Group> seen = new HashMap<>();
      exact.forEach(g -> seen.put(g.key, g));
      most.forEach(g -> seen.put(g.key, g));
      wider = fold(q, top(searcher, relaxed), seen);
      if (exact.stream().noneMatch(Group::branch)) {
        Query branch = parser.parse(q, SkillQueryParser.Mode.ANY_BRANCH, searcher);
        lifted = branch == null ? List.of() : fold(q, searcher.search(branch, BRANCH_SKILLS_LIFTED * 4), seen).stream()
            .filter(Group::branch).limit(BRANCH_SKILLS_LIFTED).toList();
      }
    }
    List<Group> groups = ranked(exact, lifted, most, wider);
    if (groups.size() < FILL_BELOW && relaxed != null) {
      // a page the query's words leave short: skills with any of its specific words, branch
      // first, after the rest ("empathie et écoute" has 5 skills with empathie, the rarer word;
      // dev errors in docs/quality.md); a fixed bound, so the total does not depend on the page
      Query any = parser.parse(q, SkillQueryParser.Mode.ANY, searcher);
      if (any != null) {
        Map<String, Group> seen = new HashMap<>();
        groups.forEach(g -> seen.put(g.key, g));
        List<Group> fill = fold(q, top(searcher, any), seen);
        List<Group> more = new ArrayList<>(groups);
        fill.stream().filter(Group::branch).forEach(more::add);
        fill.stream().filter(g -> !g.branch()).forEach(more::add);
        groups = more;
      }
    }
    Set<String> termSet = new HashSet<>(terms);
    List<SkillHit> hits = new ArrayList<>();
    for (int i = offset; i < Math.min(groups.size(), offset + limit); i++) {
      hits.add(groups.get(i).hit(termSet));
    }
    boolean onlyRelaxed = exact.isEmpty() && !groups.isEmpty();
    List<String> required = relaxed != null && groups.size() > exact.size() ? requiredTerms(relaxed, terms) : List.of();
    List<BranchMetier> metiers = branchMetiers(q, searcher, stated);
    return new SkillResults(groups.size(), exact.size(), terms, onlyRelaxed, required, hits,
        facets(exact.isEmpty() ? groups : exact), null,
        metiers.size() > BRANCH_METIERS ? metiers.subList(0, BRANCH_METIERS) : metiers, metiers.size());
  }

  /**
   * The branch métiers that need the skill: those of the branch skills with all the words, then,
   * when they are fewer than {@link #BRANCH_METIERS} and the query's head is a generic action noun,
   * those of the branch skills with the other words ({@link SkillQueryParser#withoutGenericHead}:
   * "gestion des réclamations" → "Traite les réclamations"). Within each, those with the most
   * skills first, then by their best skill's rank: read from every branch item that states the
   * skill, not from the page's ten (issue 15).
   */
  private static List<BranchMetierBlock.Skill> skills(List<Group> groups) {
    return groups.stream().map(g -> new BranchMetierBlock.Skill(g.best, List.copyOf(g.sheets.values()))).toList();
  }

  private List<BranchMetier> branchMetiers(SkillQuery q, org.apache.lucene.search.IndexSearcher searcher,
      List<Group> exact) throws IOException {
    List<Group> first = exact.stream().filter(Group::branch).toList();
    List<BranchMetier> out = new ArrayList<>(BranchMetierBlock.of(skills(first), Set.of(), indexes::sheet));
    if (out.size() < BRANCH_METIERS) {
      Query wider = parser.withoutGenericHead(q, searcher);
      if (wider != null) {
        Map<String, Group> seen = new HashMap<>();
        exact.forEach(g -> seen.put(g.key, g));
        Set<String> listed = new HashSet<>();
        out.forEach(m -> listed.add(m.metier()));
        out.addAll(BranchMetierBlock.of(skills(fold(q, top(searcher, wider), seen).stream().filter(Group::branch).toList()),
            listed, indexes::sheet));
      }
    }
    return out;
  }


  /**
   * Skills a branch sheet lists come first in each tier, each by score: the branch métiers that
   * need the skill are what a recruiter of the branch looks for (issue 15). When no branch skill
   * has all the words, the best {@link #BRANCH_SKILLS_LIFTED} branch skills with any of them
   * ({@code lifted}) come first, before ROME's ("gestion des déchets" → "Trier les déchets",
   * "enquêtes et sondages" → "Conception et analyse d'enquête"; dev errors in docs/quality.md),
   * then the rest of each tier. Within the skills with all the words, those that say them as a
   * phrase (within {@link SkillQueryParser#PHRASE_SLOP}) come before those that only have them:
   * branch phrase skills, then ROME's, then the other branch skills, of which the best stays
   * first when no branch skill has the phrase ({@link #BRANCH_WORDS_KEPT}, so a branch métier is
   * still surfaced): "orientation professionnelle" had seven branch items with "oriente … vers
   * d'autres professionnels" before ROME's "Mener des actions d'orientation professionnelle" (dev
   * errors in docs/quality.md). Then the skills with all the words but one ({@code most}), then
   * those with the most specific word ({@code wider}), branch first in each.
   */
  static <G extends Ranked> List<G> ranked(List<G> exact, List<G> lifted, List<G> wider) {
    return ranked(exact, lifted, List.of(), wider);
  }

  static <G extends Ranked> List<G> ranked(List<G> exact, List<G> lifted, List<G> most, List<G> wider) {
    List<G> out = new ArrayList<>(exact.size() + lifted.size() + most.size() + wider.size());
    exact.stream().filter(g -> g.branch() && g.phrase()).forEach(out::add);
    out.addAll(lifted);
    List<G> branchWords = exact.stream().filter(g -> g.branch() && !g.phrase()).toList();
    int kept = out.isEmpty() ? Math.min(BRANCH_WORDS_KEPT, branchWords.size()) : 0;
    out.addAll(branchWords.subList(0, kept));
    exact.stream().filter(g -> !g.branch() && g.phrase()).forEach(out::add);
    out.addAll(branchWords.subList(kept, branchWords.size()));
    exact.stream().filter(g -> !g.branch() && !g.phrase()).forEach(out::add);
    Set<String> first = new HashSet<>();
    lifted.forEach(g -> first.add(g.key()));
    for (List<G> tier : List.of(most, wider)) {
      tier.stream().filter(g -> g.branch() && !first.contains(g.key())).forEach(out::add);
      tier.stream().filter(g -> !g.branch() && !first.contains(g.key())).forEach(out::add);
    }
    return out;
  }

  /** What {@link #ranked} needs of a group. */
  interface Ranked {
    /** The folded skill's key: the same skill found by two queries has one key. */
    String key();

    boolean branch();

    /** Whether it has the query's words as a phrase (or a fixed expression's alternative). */
    default boolean phrase() {
      return false;
    }
  }

  /** Flags the groups with an item that has the words as a phrase; none when {@code phrase} is null. */
  private static void markPhrase(Query phrase, org.apache.lucene.search.IndexSearcher searcher, List<Group> groups)
      throws IOException {
    if (phrase == null || groups.isEmpty()) {
      return;
    }
    Set<Integer> docs = new HashSet<>();
    for (ScoreDoc sd : top(searcher, phrase).scoreDocs) {
      docs.add(sd.doc);
    }
    for (Group g : groups) {
      g.phrase = g.docs.stream().anyMatch(docs::contains);
    }
  }

  private static TopDocs top(org.apache.lucene.search.IndexSearcher searcher, Query query) throws IOException {
    return searcher.search(query, new TopScoreDocCollectorManager(FOLD_DEPTH, FOLD_DEPTH));
  }

  /** The analyzed terms of the relaxed query's required clause, for the caller to say what was kept. */
  private static List<String> requiredTerms(Query relaxed, List<String> terms) {
    Set<String> out = new TreeSet<>();
    relaxed.visit(new org.apache.lucene.search.QueryVisitor() {
      @Override
      public org.apache.lucene.search.QueryVisitor getSubVisitor(
          org.apache.lucene.search.BooleanClause.Occur occur, Query parent) {
        // a synonym clause (gestion | ger) visits its terms as SHOULD: they are one required word
        return occur == org.apache.lucene.search.BooleanClause.Occur.MUST
            || parent instanceof org.apache.lucene.search.SynonymQuery ? this : EMPTY_VISITOR;
      }

      @Override
      public void consumeTerms(Query query, org.apache.lucene.index.Term... ts) {
        for (var t : ts) {
          out.add(t.text());
        }
      }
    });
    return terms.stream().filter(out::contains).toList();
  }

  /** Hits in rank order, near-duplicates (same analyzed words) folded into the best-ranked. */
  private List<Group> fold(SkillQuery q, TopDocs top, Map<String, Group> already) {
    Map<String, Group> byKey = new LinkedHashMap<>();
    int activityDocs = skillIndex.activityDocs();
    for (ScoreDoc sd : top.scoreDocs) {
      ItemRecord item = switch (q.scope()) {
        case COMPETENCES -> indexes.item(ItemType.COMPETENCE, sd.doc);
        case ACTIVITIES -> indexes.item(ItemType.ACTIVITY, sd.doc);
        case ALL -> sd.doc < activityDocs
            ? indexes.item(ItemType.ACTIVITY, sd.doc)
            : indexes.item(ItemType.COMPETENCE, sd.doc - activityDocs);
      };
      String key = foldKey(item);
      if (!already.containsKey(key)) {
        Group g = byKey.computeIfAbsent(key, k -> new Group(key, item, sd.score, q));
        g.add(item);
        g.docs.add(sd.doc);
      }
    }
    return List.copyOf(byKey.values());
  }

  /** Items with the same analyzed words in any order are one skill. */
  static String foldKey(ItemRecord item) {
    return item.terms().isEmpty() ? "#" + item.id() : String.join(" ", new TreeSet<>(item.terms()));
  }

  private static Map<String, Map<String, Integer>> facets(List<Group> groups) {
    Map<String, Map<String, Integer>> out = new LinkedHashMap<>();
    for (Group g : groups) {
      Set<String> types = new TreeSet<>();
      Set<String> families = new TreeSet<>();
      for (SkillSheet s : g.sheets.values()) {
        types.add(s.sheet().type().json());
        families.add(s.sheet().family());
      }
      types.forEach(t -> out.computeIfAbsent("type", k -> new LinkedHashMap<>()).merge(t, 1, Integer::sum));
      families.forEach(f -> out.computeIfAbsent("family", k -> new LinkedHashMap<>()).merge(f, 1, Integer::sum));
      Set<String> kinds = new TreeSet<>();
      for (ItemRecord item : g.items) {
        kinds.add(item.kind() == null ? "activite" : item.kind());
      }
      kinds.forEach(k -> out.computeIfAbsent("kind", x -> new LinkedHashMap<>()).merge(k, 1, Integer::sum));
    }
    Map<String, Map<String, Integer>> sorted = new LinkedHashMap<>();
    out.forEach((facet, counts) -> {
      Map<String, Integer> s = new LinkedHashMap<>();
      counts.entrySet().stream()
          .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
          .forEach(e -> s.put(e.getKey(), e.getValue()));
      sorted.put(facet, s);
    });
    return sorted;
  }

  /** One skill: the best-ranked item and those folded into it, with the sheets of all. */
  private final class Group implements Ranked {
    final String key;
    final ItemRecord best;
    final float score;
    final SkillQuery q;
    final List<ItemRecord> items = new ArrayList<>();
    final List<Integer> docs = new ArrayList<>();
    boolean exact;
    boolean phrase;
    final Map<String, SkillSheet> sheets = new LinkedHashMap<>();

    Group(String key, ItemRecord best, float score, SkillQuery q) {
      this.key = key;
      this.best = best;
      this.score = score;
      this.q = q;
    }

    void add(ItemRecord item) {
      items.add(item);
      for (int i = 0; i < item.sheets().size(); i++) {
        SheetRecord sheet = indexes.sheet(item.sheets().get(i)).orElse(null);
        if (sheet != null && (q.type() == null || sheet.type() == q.type())
            && (q.family() == null || q.family().equals(sheet.family()))) {
          SkillSheet s = new SkillSheet(sheet, item.weight(i));
          sheets.merge(sheet.id(), s, (a, b) -> a.weight() >= b.weight() ? a : b);
        }
      }
    }

    @Override
    public String key() {
      return key;
    }

    @Override
    public boolean phrase() {
      return phrase;
    }

    @Override
    public boolean branch() {
      return sheets.values().stream().anyMatch(s -> s.sheet().type() == SheetType.BRANCH);
    }

    SkillHit hit(Set<String> terms) {
      List<SkillSheet> sorted = sheets.values().stream().sorted(BRANCH_THEN_HEAVIEST).toList();
      List<TextSpan> highlights = highlighter.highlights(best.text(), terms);
      List<String> folded = items.stream().skip(1).map(ItemRecord::id).toList();
      return new SkillHit(best.id(), best.type(), best.text(), best.kind(), score, highlights,
          sorted.size() > SHEETS_PER_HIT ? List.copyOf(sorted.subList(0, SHEETS_PER_HIT)) : sorted,
          sorted.size(), folded, exact);
    }
  }

  @Override
  public void close() throws IOException {
    skillIndex.close();
  }
}
