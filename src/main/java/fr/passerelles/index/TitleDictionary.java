package fr.passerelles.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every job title the indexes know — branch titles and other names, ROME titles and their 13,120
 * appellations — as analyzed term sequences, so a title the user writes with another gender form,
 * "F/H" or capitalisation ("Chargée d'assistance (F/H)") is recognised where it stands in the text.
 * Immutable; built once per index generation.
 */
public final class TitleDictionary {

  /** A known title found in the input: its terms occupy positions [start, end). */
  public record Hit(int start, int end, List<Integer> sheets, String name, String[] terms) {
    public int length() {
      return end - start;
    }
  }

  /** @param spelling only another spelling of a name of its sheets: found as written, never a neighbour of its own */
  private record Entry(String[] terms, int[] sheets, String name, boolean spelling) {}

  private final Map<String, List<Entry>> byFirstTerm;
  /**
   * A name's head (its first term or terms, no name itself: "electricien" of "electricien batiment")
   * by its first term, with each sheet whose name it opens and that name.
   */
  private final Map<String, List<Head>> headsByFirstTerm;

  /** A head of a name of {@code sheet}, labelled with that name. */
  private record Head(String[] terms, int sheet, String name) {}

  /** Per first term, its names' numbers in {@link #byFirstTerm}'s list, by their second term. */
  private final Map<String, Followers> followers;

  /**
   * The names of one first term, as numbers in its list: those of one term, and the others by
   * their second term, so a lookup tries only the names whose second term follows in the text.
   */
  private record Followers(int[] single, Map<String, int[]> bySecond) {
    static Followers of(List<Entry> names) {
      List<Integer> single = new ArrayList<>();
      Map<String, List<Integer>> bySecond = new HashMap<>();
      for (int e = 0; e < names.size(); e++) {
        String[] terms = names.get(e).terms();
        if (terms.length == 1) {
          single.add(e);
        } else {
          bySecond.computeIfAbsent(terms[1], k -> new ArrayList<>()).add(e);
        }
      }
      Map<String, int[]> arrays = new HashMap<>();
      bySecond.forEach((t, list) -> arrays.put(t, list.stream().mapToInt(Integer::intValue).toArray()));
      return new Followers(single.stream().mapToInt(Integer::intValue).toArray(), Map.copyOf(arrays));
    }
  }
  private final int size;
  /**
   * Every name numbered, and by each of its distinct terms (the names' numbers, ascending), each
   * term's idf over the names: arrays, so comparing a line with every name takes no hashing.
   */
  private final Entry[] entries;
  private final Map<String, int[]> byTerm;
  private final Map<String, Double> idf;
  /** Per name: the sum of its distinct terms' idf. */
  private final double[] weights;
  /** Name n's sheets are {@code nameSheets[sheetsFrom[n] .. sheetsFrom[n + 1])}: contiguous, not one array per name. */
  private final int[] sheetsFrom;
  private final int[] nameSheets;
  /** The idf of a term no name has. */
  private final double unknownIdf;
  /** One more than the highest sheet doc id of any name. */
  private final int sheetSlots;

  private TitleDictionary(Map<String, List<Entry>> byFirstTerm, Map<String, List<Head>> headsByFirstTerm) {
    this.byFirstTerm = byFirstTerm;
    this.headsByFirstTerm = headsByFirstTerm;
    Map<String, Followers> byFirst = new HashMap<>();
    byFirstTerm.forEach((first, names) -> byFirst.put(first, Followers.of(names)));
    this.followers = Map.copyOf(byFirst);
    // the nearness compares a line with the names, not with each of their spellings: a welded or
    // abbreviated spelling would count as a second neighbour of the same name
    this.entries = byFirstTerm.values().stream().flatMap(List::stream).filter(e -> !e.spelling()).toArray(Entry[]::new);
    this.size = entries.length;
    Map<String, List<Integer>> index = new HashMap<>();
    for (int n = 0; n < entries.length; n++) {
      for (String t : new java.util.LinkedHashSet<>(List.of(entries[n].terms()))) {
        index.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
      }
    }
    Map<String, Double> idfs = new HashMap<>();
    Map<String, int[]> postings = new HashMap<>();
    index.forEach((t, names) -> {
      idfs.put(t, Math.log(1 + size / (double) names.size()));
      postings.put(t, names.stream().mapToInt(Integer::intValue).toArray());
    });
    this.byTerm = Map.copyOf(postings);
    this.idf = Map.copyOf(idfs);
    this.unknownIdf = Math.log(1 + size);
    this.weights = new double[entries.length];
    this.sheetsFrom = new int[entries.length + 1];
    for (int n = 0; n < entries.length; n++) {
      weights[n] = sumIdf(entries[n]);
      sheetsFrom[n + 1] = sheetsFrom[n] + entries[n].sheets().length;
    }
    this.nameSheets = new int[sheetsFrom[entries.length]];
    int slots = 0;
    for (int n = 0; n < entries.length; n++) {
      int[] sheets = entries[n].sheets();
      System.arraycopy(sheets, 0, nameSheets, sheetsFrom[n], sheets.length);
      for (int sheet : sheets) {
        slots = Math.max(slots, sheet + 1);
      }
    }
    this.sheetSlots = slots;
  }

  /**
   * @param namesBySheet per sheet doc id, its names as analyzed term sequences (space-separated)
   *     paired with how they were written; a sheet's later keys for a label it already has are spellings of that name
   */
  static TitleDictionary of(Map<Integer, Map<String, String>> namesBySheet) {
    return of(namesBySheet, Map.of());
  }

  /**
   * @param kinds per sheet doc id, its kind (branch or ROME): a head is no name of a sheet of its own
   *     kind ("électricien" names a branch métier, and opens four ROME sheets' names)
   */
  static TitleDictionary of(Map<Integer, Map<String, String>> namesBySheet, Map<Integer, String> kinds) {
    Map<String, List<Integer>> sheetsByKey = new LinkedHashMap<>();
    Map<String, String> labels = new HashMap<>();
    java.util.Set<String> named = new java.util.HashSet<>(); // keys that are a sheet's first spelling of a label
    namesBySheet.forEach((doc, names) -> {
      java.util.Set<String> sheetLabels = new java.util.HashSet<>();
      names.forEach((key, label) -> {
        if (!key.isBlank()) {
          List<Integer> docs = sheetsByKey.computeIfAbsent(key, k -> new ArrayList<>());
          if (!docs.contains(doc)) {
            docs.add(doc);
          }
          labels.putIfAbsent(key, label);
          if (sheetLabels.add(label)) {
            named.add(key);
          }
        }
      });
    });
    Map<String, List<Entry>> byFirst = new HashMap<>();
    sheetsByKey.forEach((key, docs) -> {
      String[] terms = key.split(" ");
      byFirst.computeIfAbsent(terms[0], k -> new ArrayList<>())
          .add(new Entry(terms, docs.stream().mapToInt(Integer::intValue).toArray(), labels.get(key), !named.contains(key)));
    });
    return new TitleDictionary(Map.copyOf(byFirst), heads(namesBySheet, kinds));
  }

  /**
   * Every head of a name that is no name of a sheet of the same kind, by its first term; a sheet
   * keeps the first of its names a head opens.
   */
  private static Map<String, List<Head>> heads(Map<Integer, Map<String, String>> namesBySheet, Map<Integer, String> kinds) {
    Map<String, Set<String>> namesByKind = new HashMap<>();
    namesBySheet.forEach((doc, keys) -> namesByKind.computeIfAbsent(kinds.getOrDefault(doc, ""), k -> new java.util.HashSet<>())
        .addAll(keys.keySet()));
    Map<String, Map<Integer, String>> bySheet = new LinkedHashMap<>();
    namesBySheet.forEach((doc, keys) -> keys.forEach((key, label) -> {
      String[] terms = key.split(" ");
      Set<String> names = namesByKind.get(kinds.getOrDefault(doc, ""));
      for (int k = 1; k < terms.length; k++) {
        String head = String.join(" ", Arrays.copyOf(terms, k));
        if (!names.contains(head)) {
          bySheet.computeIfAbsent(head, h -> new LinkedHashMap<>()).putIfAbsent(doc, label);
        }
      }
    }));
    Map<String, List<Head>> out = new HashMap<>();
    bySheet.forEach((head, sheets) -> {
      String[] terms = head.split(" ");
      sheets.forEach((doc, label) -> out.computeIfAbsent(terms[0], t -> new ArrayList<>()).add(new Head(terms, doc, label)));
    });
    out.replaceAll((t, l) -> List.copyOf(l));
    return Map.copyOf(out);
  }

  /** Whether some head of a name opens on one of these terms (a position's): a map lookup per term. */
  public boolean opensHead(Set<String> terms) {
    for (String t : terms) {
      if (headsByFirstTerm.containsKey(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The longest head of names opening at position {@code at} ("électricien" in "électricien dans la
   * construction"), one hit per sheet whose name it opens, labelled with that name; none when no
   * head opens there. A generic title: the caller decides where one may stand.
   */
  public List<Hit> headsAt(List<Set<String>> positions, int at) {
    int longest = 0;
    List<Head> found = new ArrayList<>();
    for (String first : positions.get(at)) {
      for (Head h : headsByFirstTerm.getOrDefault(first, List.of())) {
        int n = h.terms().length;
        if (n < longest || !matchesAfterFirst(h.terms(), positions, at)) {
          continue;
        }
        if (n > longest) {
          longest = n;
          found.clear();
        }
        found.add(h);
      }
    }
    List<Hit> out = new ArrayList<>(found.size());
    for (Head h : found) {
      if (out.stream().noneMatch(o -> o.sheets().get(0).intValue() == h.sheet())) {
        out.add(new Hit(at, at + longest, List.of(h.sheet()), h.name(), h.terms()));
      }
    }
    return out;
  }

  /** Distinct titles known. */
  public int size() {
    return size;
  }

  /**
   * The longest known titles in a sequence of positions, each position holding the terms the
   * analyzer put there (a word and its synonyms). A title inside a longer one found at the same
   * place is dropped: "assistant de régulation médicale" is not also "assistant".
   */
  public List<Hit> find(List<Set<String>> positions) {
    // the titles found, as (start position, name) pairs: Hits are built for the maximal ones only
    List<Integer> starts = new ArrayList<>();
    List<Entry> found = new ArrayList<>();
    for (int i = 0; i < positions.size(); i++) {
      for (String first : positions.get(i)) {
        List<Entry> entries = byFirstTerm.get(first);
        if (entries == null) {
          continue;
        }
        // the names whose second term stands next, tried in their list's order as a walk of the
        // whole list would find them
        Followers f = followers.get(first);
        int[] tried = f.single();
        if (i + 1 < positions.size()) {
          for (String second : positions.get(i + 1)) {
            int[] more = f.bySecond().get(second);
            if (more != null) {
              int[] merged = Arrays.copyOf(tried, tried.length + more.length);
              System.arraycopy(more, 0, merged, tried.length, more.length);
              tried = merged;
            }
          }
          if (tried.length != f.single().length) {
            Arrays.sort(tried);
          }
        }
        for (int e : tried) {
          Entry entry = entries.get(e);
          if (matchesAfterFirst(entry.terms(), positions, i)) {
            starts.add(i);
            found.add(entry);
          }
        }
      }
    }
    List<Hit> maximal = new ArrayList<>();
    for (int h = 0; h < found.size(); h++) {
      int start = starts.get(h);
      int length = found.get(h).terms().length;
      boolean inside = false;
      for (int o = 0; o < found.size() && !inside; o++) {
        int oStart = starts.get(o);
        int oLength = found.get(o).terms().length;
        inside = o != h && oLength > length && oStart <= start && oStart + oLength >= start + length;
      }
      if (!inside) {
        Entry e = found.get(h);
        maximal.add(new Hit(start, start + length,
            java.util.Arrays.stream(e.sheets()).boxed().toList(), e.name(), e.terms()));
      }
    }
    return maximal;
  }

  /**
   * The known names closest to short lines, whatever their word order and with a word more or
   * less: per sheet, the best idf-weighted Dice overlap between a line's terms and one name's
   * ({@code 2·Σidf(shared) / (Σidf(line) + Σidf(name))}, in [0, 1]), times the line's factor, the
   * best over the lines. "Conseiller client à distance" is not written as any appellation but is
   * 0.8 of "Conseiller clientèle à distance"; a title held out of the referential is near its
   * sheet's other appellations. Terms no name has count in the line's total: a line of tasks is
   * far from every name.
   *
   * <p>Holds scratch arrays the size of the dictionary, reused line after line: one per request,
   * not thread-safe.
   */
  public final class Nearness {
    private final double[] shared = new double[entries.length];
    private final int[] touched = new int[entries.length];
    private final double[] bySheet = new double[sheetSlots];
    private final boolean[] reached = new boolean[sheetSlots];
    private final List<Integer> reachedSheets = new ArrayList<>();
    /** Per sheet, the best over the lines of its {@link #NEIGHBOURS} nearest names' mean nearness. */
    private final double[] neighbours = new double[sheetSlots];
    /** Per sheet, the line's {@link #NEIGHBOURS} best name nearnesses, highest first (scratch). */
    private final double[] lineBest = new double[sheetSlots * NEIGHBOURS];
    private final int[] lineSheets = new int[sheetSlots];
    private final boolean[] inLine = new boolean[sheetSlots];

    private Nearness() {}

    /**
     * Compares one line with every name.
     *
     * @param positions the line's analyzed terms by position (a word and its synonyms)
     * @param factor what the line's nearness counts (its segment's weight)
     */
    public void addLine(List<Set<String>> positions, double factor) {
      double lineWeight = 0;
      Map<String, Double> lineTerms = new HashMap<>();
      for (Set<String> at : positions) {
        double best = 0;
        for (String t : at) {
          Double w = idf.get(t); // one lookup per term: a term no name has weighs unknownIdf in the line, 0 shared
          best = Math.max(best, w == null ? unknownIdf : w);
          lineTerms.merge(t, w == null ? 0.0 : w, Math::max);
        }
        lineWeight += best;
      }
      // each name's overlap is summed in the order of the line's terms, as the names reach it
      int touchedCount = 0;
      for (Map.Entry<String, Double> t : lineTerms.entrySet()) {
        int[] names = byTerm.get(t.getKey());
        if (names == null) {
          continue;
        }
        double w = t.getValue();
        for (int n : names) {
          if (shared[n] == 0) {
            touched[touchedCount++] = n;
          }
          shared[n] += w;
        }
      }
      int lineCount = 0;
      for (int i = 0; i < touchedCount; i++) {
        int n = touched[i];
        double near = factor * Math.min(1, 2 * shared[n] / (lineWeight + weights[n]));
        shared[n] = 0;
        for (int k = sheetsFrom[n]; k < sheetsFrom[n + 1]; k++) {
          int sheet = nameSheets[k];
          if (!reached[sheet]) {
            reached[sheet] = true;
            reachedSheets.add(sheet);
            bySheet[sheet] = near;
          } else if (near > bySheet[sheet]) {
            bySheet[sheet] = near;
          }
          if (!inLine[sheet]) {
            inLine[sheet] = true;
            lineSheets[lineCount++] = sheet;
          }
          insert(sheet * NEIGHBOURS, near);
        }
      }
      for (int i = 0; i < lineCount; i++) {
        int sheet = lineSheets[i];
        double sum = 0;
        for (int k = 0; k < NEIGHBOURS; k++) {
          sum += lineBest[sheet * NEIGHBOURS + k];
          lineBest[sheet * NEIGHBOURS + k] = 0;
        }
        neighbours[sheet] = Math.max(neighbours[sheet], sum / NEIGHBOURS);
        inLine[sheet] = false;
      }
    }

    /** Keeps {@code near} among the line's best of one sheet, at {@code from}, highest first. */
    private void insert(int from, double near) {
      for (int k = 0; k < NEIGHBOURS; k++) {
        if (near > lineBest[from + k]) {
          double moved = lineBest[from + k];
          lineBest[from + k] = near;
          near = moved;
        }
      }
    }

    /**
     * Sheet doc id → the mean nearness of its {@link #NEIGHBOURS} names nearest one line (a name
     * it lacks counts 0), the best over the lines: a sheet several of whose names share the line's
     * words is likelier its job than one name that does by chance.
     */
    public Map<Integer, Double> neighboursBySheet() {
      Map<Integer, Double> out = HashMap.newHashMap(reachedSheets.size());
      for (int sheet : reachedSheets) {
        out.put(sheet, neighbours[sheet]);
      }
      return out;
    }

    /** Sheet doc id → its best nearness, for every sheet one of whose names shares a term with a line. */
    public Map<Integer, Double> bySheet() {
      Map<Integer, Double> out = HashMap.newHashMap(reachedSheets.size());
      for (int sheet : reachedSheets) {
        out.put(sheet, bySheet[sheet]);
      }
      return out;
    }
  }

  /** Names of a sheet averaged by {@link Nearness#neighboursBySheet}. */
  public static final int NEIGHBOURS = 3;

  /** Scratch for comparing the lines of one request with the names. */
  public Nearness nearness() {
    return new Nearness();
  }

  private double sumIdf(Entry e) {
    double w = 0;
    for (String t : new java.util.LinkedHashSet<>(List.of(e.terms()))) {
      w += idf.getOrDefault(t, 0.0);
    }
    return w;
  }

  /** Whether the title's terms after its first (found at {@code at} by the lookup) follow it. */
  private static boolean matchesAfterFirst(String[] terms, List<Set<String>> positions, int at) {
    if (at + terms.length > positions.size()) {
      return false;
    }
    for (int k = 1; k < terms.length; k++) {
      if (!positions.get(at + k).contains(terms[k])) {
        return false;
      }
    }
    return true;
  }
}
