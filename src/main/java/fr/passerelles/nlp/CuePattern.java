package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cue regex (an alternation of phrases: "\b(cdi|cdd|temps (plein|partiel)|…)") with a cheap test
 * run first: every match of the regex contains one of its <em>anchors</em>, literal strings read
 * from the regex itself, so a line holding none of them cannot match and the regex is not run.
 * Java tries each alternative of an alternation at every word boundary of a line, which made the
 * zone and evidence cues a tenth of a CV's time although most lines hold no cue at all; the
 * anchors are looked up in one pass over the line's char pairs.
 *
 * <p>The anchors of a sequence are those of one of its required elements (a literal run, or a
 * group not made optional), the element whose shortest anchor is longest; a group's anchors are
 * the union of its alternatives'. A regex where some alternative has no required literal (only
 * classes such as {@code \d+}) keeps no anchors and always runs: the test never changes an answer,
 * only the cost (see {@link #anchors()}).
 */
public final class CuePattern {

  private static final int BUCKETS = 128;

  private final Pattern pattern;
  private final Set<String> anchors;
  /** Anchors of two chars or more, by the bucket of their first two chars. */
  private final String[][] byPair;
  /** Single-char anchors. */
  private final String singles;
  /** The ASCII chars an anchor starts with (bit c of lo for c < 64, of hi for c < 128), and whether one starts beyond ASCII. */
  private final long firstLo;
  private final long firstHi;
  private final boolean firstBeyondAscii;

  private CuePattern(Pattern pattern, Set<String> anchors) {
    this.pattern = pattern;
    this.anchors = anchors;
    List<List<String>> pairs = new ArrayList<>(BUCKETS * BUCKETS);
    for (int i = 0; i < BUCKETS * BUCKETS; i++) {
      pairs.add(null);
    }
    StringBuilder single = new StringBuilder();
    if (anchors != null) {
      for (String a : anchors) {
        if (a.length() == 1) {
          single.append(a);
        } else {
          int key = bucket(a.charAt(0)) * BUCKETS + bucket(a.charAt(1));
          if (pairs.get(key) == null) {
            pairs.set(key, new ArrayList<>());
          }
          pairs.get(key).add(a);
        }
      }
    }
    this.byPair = new String[BUCKETS * BUCKETS][];
    for (int i = 0; i < byPair.length; i++) {
      if (pairs.get(i) != null) {
        byPair[i] = pairs.get(i).toArray(String[]::new);
      }
    }
    this.singles = single.toString();
    long lo = 0;
    long hi = 0;
    boolean beyond = false;
    if (anchors != null) {
      for (String a : anchors) {
        char c = a.charAt(0);
        if (c < 64) {
          lo |= 1L << c;
        } else if (c < 128) {
          hi |= 1L << (c - 64);
        } else {
          beyond = true;
        }
      }
    }
    this.firstLo = lo;
    this.firstHi = hi;
    this.firstBeyondAscii = beyond;
  }

  public static CuePattern compile(String regex) {
    return of(Pattern.compile(regex));
  }

  /** Case-insensitive or otherwise flagged patterns keep no anchors: their literals are not the text's. */
  public static CuePattern of(Pattern pattern) {
    Set<String> anchors = pattern.flags() == 0 ? new Parser(pattern.pattern()).anchors() : null;
    return new CuePattern(pattern, anchors);
  }

  /** Whether the regex finds a match in {@code text}, as {@code pattern().matcher(text).find()}. */
  public boolean find(CharSequence text) {
    return mayMatch(text) && pattern.matcher(text).find();
  }

  /** A matcher over {@code text}, for replacing or {@code lookingAt}; no test run first. */
  public Matcher matcher(CharSequence text) {
    return pattern.matcher(text);
  }

  /**
   * Whether {@code text} has the prefix {@link Matcher#lookingAt} looks for: the regex alone, as
   * it only tries the first position, which is cheaper than a scan for anchors.
   */
  public boolean lookingAt(CharSequence text) {
    return pattern.matcher(text).lookingAt();
  }

  public Pattern pattern() {
    return pattern;
  }

  /** The literal strings one of which every match contains, or null when the regex has none. */
  public Set<String> anchors() {
    return anchors;
  }

  /** False only when {@code text} holds none of the anchors, so the regex cannot match. */
  boolean mayMatch(CharSequence text) {
    if (anchors == null) {
      return true;
    }
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c < 64 ? (firstLo >>> c & 1) == 0 : c < 128 ? (firstHi >>> (c - 64) & 1) == 0 : !firstBeyondAscii) {
        continue; // no anchor starts with this char
      }
      if (!singles.isEmpty() && singles.indexOf(c) >= 0) {
        return true;
      }
      if (i + 1 < n) {
        String[] candidates = byPair[bucket(c) * BUCKETS + bucket(text.charAt(i + 1))];
        if (candidates != null) {
          for (String a : candidates) {
            if (regionMatches(text, i, a)) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean regionMatches(CharSequence text, int from, String a) {
    if (from + a.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < a.length(); k++) {
      if (text.charAt(from + k) != a.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int bucket(char c) {
    return c < BUCKETS ? c : BUCKETS - 1;
  }

  /**
   * Reads the anchors of a regex: a sequence of elements (literal chars, escapes, classes, groups,
   * each with an optional quantifier) split on top-level bars. Anything it does not understand
   * (back references, lookbehind, …) makes the whole regex anchorless.
   */
  private static final class Parser {
    private final String re;
    private int pos;

    Parser(String re) {
      this.re = re;
    }

    Set<String> anchors() {
      try {
        Set<String> result = alternation();
        return pos == re.length() ? result : null;
      } catch (RuntimeException unreadable) {
        return null;
      }
    }

    /** Alternatives until a closing bracket or the end: the union, or null if one has none. */
    private Set<String> alternation() {
      Set<String> union = new HashSet<>();
      boolean complete = true;
      while (true) {
        Set<String> alternative = sequence();
        if (alternative == null) {
          complete = false;
        } else {
          union.addAll(alternative);
        }
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        return complete ? union : null;
      }
    }

    /** The best anchors among the sequence's required elements, or null when none has any. */
    private Set<String> sequence() {
      Set<String> best = null;
      StringBuilder run = new StringBuilder();
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        char c = re.charAt(pos);
        Set<String> element = null;
        boolean literal = false;
        char literalChar = 0;
        if (c == '(') {
          pos++;
          boolean lookaround = false;
          if (re.startsWith("?:", pos)) {
            pos += 2;
          } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
            pos += 2;
            lookaround = true;
          } else if (re.charAt(pos) == '?') {
            throw new IllegalArgumentException("group kind not read");
          }
          Set<String> inner = alternation();
          expect(')');
          element = lookaround ? null : inner;
        } else if (c == '[') {
          skipClass();
        } else if (c == '\\') {
          pos++;
          char e = re.charAt(pos++);
          if (e == 'p' || e == 'P') {
            if (re.charAt(pos) == '{') {
              pos = re.indexOf('}', pos) + 1;
            } else {
              pos++;
            }
          } else if (!Character.isLetterOrDigit(e)) {
            literal = true; // an escaped metacharacter: \. \+ \(
            literalChar = e;
          } else if ("bBAzZG".indexOf(e) < 0 && "dDsSwWhHvVRX".indexOf(e) < 0) {
            throw new IllegalArgumentException("escape not read: \\" + e);
          }
        } else if (c == '^' || c == '$') {
          pos++;
        } else if (c == '.') {
          pos++;
        } else if ("*+?{".indexOf(c) >= 0) {
          throw new IllegalArgumentException("dangling quantifier");
        } else {
          pos++;
          literal = true;
          literalChar = c;
        }
        boolean optional = quantifierMakesOptional();
        if (literal) {
          if (optional) {
            best = better(best, close(run));
          } else {
            run.append(literalChar);
            if (quantified) {
              best = better(best, close(run)); // "a+": the char is there, what follows is not next to it
            }
          }
          continue;
        }
        best = better(best, close(run));
        if (!optional) {
          best = better(best, element);
        }
      }
      return better(best, close(run));
    }

    private boolean quantified;

    /** Reads a quantifier after an element: whether it lets the element be absent. */
    private boolean quantifierMakesOptional() {
      quantified = false;
      if (pos >= re.length()) {
        return false;
      }
      char q = re.charAt(pos);
      boolean optional;
      if (q == '?' || q == '*') {
        pos++;
        optional = true;
      } else if (q == '+') {
        pos++;
        optional = false;
      } else if (q == '{') {
        int end = re.indexOf('}', pos);
        String min = re.substring(pos + 1, end).split(",", -1)[0].strip();
        pos = end + 1;
        optional = min.isEmpty() || Integer.parseInt(min) == 0;
      } else {
        return false;
      }
      quantified = true;
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++; // lazy or possessive
      }
      return optional;
    }

    private static Set<String> close(StringBuilder run) {
      String literal = run.toString();
      run.setLength(0);
      return literal.isBlank() ? null : Set.of(literal);
    }

    /** The anchor set whose shortest anchor is longer: fewer lines pass its test. */
    private static Set<String> better(Set<String> a, Set<String> b) {
      if (a == null) {
        return b;
      }
      if (b == null) {
        return a;
      }
      return shortest(b) > shortest(a) ? b : a;
    }

    private static int shortest(Set<String> anchors) {
      return anchors.stream().mapToInt(String::length).min().orElse(0);
    }

    private void skipClass() {
      pos++; // '['
      if (re.charAt(pos) == '^') {
        pos++;
      }
      if (re.charAt(pos) == ']') {
        pos++;
      }
      while (re.charAt(pos) != ']') {
        if (re.charAt(pos) == '\\') {
          pos++;
        } else if (re.charAt(pos) == '[') {
          throw new IllegalArgumentException("nested class not read");
        }
        pos++;
      }
      pos++;
    }

    private void expect(char c) {
      if (pos >= re.length() || re.charAt(pos) != c) {
        throw new IllegalArgumentException("expected " + c + " at " + pos);
      }
      pos++;
    }
  }
}
