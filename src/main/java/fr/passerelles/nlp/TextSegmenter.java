package fr.passerelles.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.dictionary.Dictionary;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;
import opennlp.tools.util.StringList;

/**
 * Cuts a CV or job description into segments: first into blocks (lines and bullet items), then each
 * block into sentences with the French sentence model, told about common French abbreviations.
 * Offsets always point into the original text, so {@code text.substring(s.start(), s.end())} is the
 * segment's text.
 *
 * <p>Block rules:
 *
 * <ul>
 *   <li>A line break ends a block, except for a wrapped sentence: a line without bullet continues
 *       the block when the previous line does not end in {@code . ! ? ; : …} and either this line
 *       starts in lower case or the previous one ends with a word that cannot end a sentence ("en",
 *       "des", "et"…). PDF copies wrap activity sentences so, as the seed job sheets show. A
 *       blank line always ends a block (a paragraph ends there), and so does a line that is a
 *       section heading ("Vos missions", "Profil") whatever the next line starts with.
 *   <li>A bullet at the start of a line opens a block and is left out of it: {@code - * + – — • ▪ ◦
 *       ● ■ ► ➢ ✓ ·}, arrows {@code => -> →}, numbers {@code 1.} {@code 2)}, letters {@code a)},
 *       and Word's private-use bullet glyphs. Glyph bullets that cannot be hyphens ({@code • ▪ ◦ ●
 *       ■ ► ➢ ✓}) also open a block inside a line ("Outils : • Excel • Salesforce").
 * </ul>
 *
 * <p>Thread-safe: the sentence detector is created per call.
 */
public final class TextSegmenter {

  /** Bullets that never occur inside prose, so they split a line anywhere. */
  private static final String GLYPH_BULLETS = "•▪◦●■□►▶➢➤✓✔❖◆◇‣⁃";

  /** Bullets recognised only at the start of a line. */
  private static final String LINE_BULLETS = "-–—*+>→⇒·∙";

  private static final String TERMINAL_PUNCTUATION = ".!?;:…";

  /** Words that cannot end a sentence, so a line ending with one continues on the next line. */
  private static final Set<String> LINK_WORDS =
      Set.of(
          "de", "des", "du", "en", "à", "au", "aux", "et", "ou", "le", "la", "les", "un", "une",
          "pour", "par", "sur", "dans", "avec", "sans", "vers", "son", "sa", "ses", "leur", "leurs",
          "notre", "nos", "votre", "vos", "ce", "cette", "ces", "que", "qui", "dont");

  /**
   * Abbreviations after which the sentence model, which has none, would cut: "(ex. Salesforce)",
   * "env. 40 dossiers", "M. Dupont". "etc." is left out: in CVs it mostly ends a sentence.
   */
  private static final List<String> ABBREVIATIONS =
      List.of(
          "ex.", "p.", "pp.", "M.", "MM.", "Mme.", "Mlle.", "Dr.", "cf.", "env.", "tél.", "réf.",
          "art.", "av.", "bd.", "min.", "max.", "resp.", "dépt.", "coord.");

  private final SentenceModel model;

  /** Read-only after construction, so shared by the per-call detectors. */
  private final Dictionary abbreviations = new Dictionary(false);

  public TextSegmenter(NlpModels models) {
    this.model = models.sentenceModel();
    ABBREVIATIONS.forEach(a -> abbreviations.put(new StringList(a)));
  }

  public List<Segment> segment(String text) {
    Objects.requireNonNull(text, "text");
    SentenceDetectorME detector = new SentenceDetectorME(model, abbreviations);
    List<Segment> segments = new ArrayList<>();
    for (int[] block : blocks(text)) {
      int blockStart = block[0];
      for (Span sentence : detector.sentPosDetect(text.substring(blockStart, block[1]))) {
        int from = blockStart + sentence.getStart();
        int end = blockStart + sentence.getEnd();
        for (int cut : runOnLabels(text, from, end)) {
          addTrimmed(text, from, cut, segments);
          from = cut;
        }
        addTrimmed(text, from, end, segments);
      }
    }
    return List.copyOf(segments);
  }

  /**
   * A section label and its colon after a sentence's end ("…catégorie C. Missions : accueillir…"):
   * where the sentence model, reading "C." as an initial, ran two sentences together, the label
   * opens a segment of its own, as it would on its own line.
   */
  private static final Pattern RUN_ON_LABEL = Pattern.compile("[.!?]\\s+(\\p{Lu}[\\p{L}'’ ]{1,40}?)\\s*:");

  private static List<Integer> runOnLabels(String text, int from, int end) {
    Matcher m = RUN_ON_LABEL.matcher(text).region(from, end);
    List<Integer> cuts = new ArrayList<>(0);
    while (m.find()) {
      if (ZoneTagger.isHeading(m.group(1))) {
        cuts.add(m.start(1));
      }
    }
    return cuts;
  }

  /** Blocks as {start, end} pairs, trimmed, in text order. */
  static List<int[]> blocks(String text) {
    List<int[]> blocks = new ArrayList<>();
    int[] open = null;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = lineEnd(text, lineStart);
      int p = skipSpaces(text, lineStart, lineEnd);
      if (p == lineEnd) {
        open = null; // a blank line: the paragraph ends, nothing wraps across it
      } else {
        int content = skipBullets(text, p, lineEnd);
        boolean continues =
            open != null
                && content == p
                && TERMINAL_PUNCTUATION.indexOf(text.charAt(open[1] - 1)) < 0
                && (Character.isLowerCase(text.codePointAt(p)) || endsWithLinkWord(text, open))
                && !ZoneTagger.isHeading(text.substring(open[0], open[1]));
        List<int[]> items = splitAtGlyphBullets(text, content, lineEnd);
        for (int k = 0; k < items.size(); k++) {
          int[] item = items.get(k);
          if (k == 0 && continues) {
            open[1] = item[1];
          } else {
            open = item;
            blocks.add(open);
          }
        }
      }
      lineStart = nextLineStart(text, lineEnd);
    }
    return blocks;
  }

  /** "… en difficulté en" + "France …": a line ending in a preposition or article goes on. */
  private static boolean endsWithLinkWord(String text, int[] block) {
    int i = block[1];
    while (i > block[0] && !isSpace(text.charAt(i - 1))) {
      i--;
    }
    return LINK_WORDS.contains(text.substring(i, block[1]).toLowerCase(Locale.ROOT));
  }

  /** Items of {@code text[from, to)} separated by glyph bullets, trimmed, empty ones dropped. */
  private static List<int[]> splitAtGlyphBullets(String text, int from, int to) {
    List<int[]> items = new ArrayList<>();
    int itemStart = from;
    for (int i = from; i <= to; i++) {
      if (i == to || GLYPH_BULLETS.indexOf(text.charAt(i)) >= 0) {
        int start = skipSpaces(text, itemStart, i);
        int end = trimEnd(text, start, i);
        if (end > start) {
          items.add(new int[] {start, end});
        }
        itemStart = i + 1;
      }
    }
    return items;
  }

  /** Position after the bullets (and the spaces after them) at {@code p}, or {@code p}. */
  private static int skipBullets(String text, int p, int lineEnd) {
    int q = p;
    while (true) {
      int after = bulletEnd(text, q, lineEnd);
      if (after == q) {
        return q;
      }
      q = skipSpaces(text, after, lineEnd);
    }
  }

  private static int bulletEnd(String text, int p, int lineEnd) {
    if (p >= lineEnd) {
      return p;
    }
    char c = text.charAt(p);
    if (text.startsWith("=>", p) || text.startsWith("->", p)) {
      return p + 2;
    }
    if (GLYPH_BULLETS.indexOf(c) >= 0 || Character.getType(c) == Character.PRIVATE_USE) {
      return p + 1;
    }
    // "-5 %" is not a bullet; "- Gestion" and "-Gestion" are.
    if (LINE_BULLETS.indexOf(c) >= 0
        && p + 1 < lineEnd
        && (Character.isWhitespace(text.charAt(p + 1)) || Character.isLetter(text.charAt(p + 1)))) {
      return p + 1;
    }
    int q = p;
    while (q < lineEnd && q - p < 2 && Character.isDigit(text.charAt(q))) {
      q++;
    }
    if (q == p
        && q < lineEnd
        && Character.isLetter(c)
        && q + 1 < lineEnd
        && text.charAt(q + 1) == ')') {
      q++; // "a)"
    }
    boolean marker =
        q > p
            && q + 1 < lineEnd
            && (text.charAt(q) == '.' || text.charAt(q) == ')')
            && Character.isWhitespace(text.charAt(q + 1));
    return marker ? q + 1 : p;
  }

  private static void addTrimmed(String text, int start, int end, List<Segment> out) {
    int s = skipSpaces(text, start, end);
    int e = trimEnd(text, s, end);
    if (e > s) {
      out.add(new Segment(s, e, text.substring(s, e)));
    }
  }

  private static int skipSpaces(String text, int from, int to) {
    int i = from;
    while (i < to && isSpace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int from, int to) {
    int i = to;
    while (i > from && isSpace(text.charAt(i - 1))) {
      i--;
    }
    return i;
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private static boolean isLineBreak(char c) {
    return c == '\n'
        || c == '\r'
        || c == '\u000B'
        || c == '\f'
        || c == '\u0085'
        || c == '\u2028'
        || c == '\u2029';
  }

  private static int lineEnd(String text, int from) {
    int i = from;
    while (i < text.length() && !isLineBreak(text.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Start of the next line; past the end of the text after the last line. */
  private static int nextLineStart(String text, int lineEnd) {
    if (lineEnd >= text.length()) {
      return text.length() + 1;
    }
    boolean crlf =
        text.charAt(lineEnd) == '\r'
            && lineEnd + 1 < text.length()
            && text.charAt(lineEnd + 1) == '\n';
    return lineEnd + (crlf ? 2 : 1);
  }
}
