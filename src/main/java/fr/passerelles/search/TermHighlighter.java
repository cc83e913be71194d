package fr.passerelles.search;

import fr.passerelles.index.IndexFields;
import fr.passerelles.match.TextSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Where an item's text says the query's terms: the item is re-analyzed with the index analyzer and
 * every token whose term the query has is a highlight. The char filters keep offsets on the text
 * as stored ({@code chargé(e)} is highlighted whole), so {@code text.substring(start, end)} is
 * what to mark; an elided article is left out of the mark ({@code d'}<b>{@code urgence}</b>).
 */
final class TermHighlighter {
  /** The articles the analyzer's elision filter removes, with any apostrophe the char filter folds. */
  private static final Pattern ELIDED = Pattern.compile("(?i)(?:l|d|m|t|n|s|j|c|qu|jusqu|lorsqu|puisqu|quoiqu)['’‘ʼ]");
  private final Analyzer indexAnalyzer;

  TermHighlighter(Analyzer indexAnalyzer) {
    this.indexAnalyzer = indexAnalyzer;
  }

  List<TextSpan> highlights(String text, Collection<String> queryTerms) {
    List<TextSpan> out = new ArrayList<>();
    try (TokenStream ts = indexAnalyzer.tokenStream(IndexFields.TEXT, text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        if (queryTerms.contains(term.toString())) {
          int end = Math.min(offset.endOffset(), text.length());
          int start = afterElision(text, offset.startOffset(), end);
          if (out.isEmpty() || out.get(out.size() - 1).end() <= start) {
            out.add(new TextSpan(start, end, text.substring(start, end)));
          }
        }
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory text: cannot happen in practice
    }
    return List.copyOf(out);
  }

  /** Past an elided article the token still covers ({@code d'évacuation} → {@code évacuation}). */
  static int afterElision(String text, int start, int end) {
    Matcher m = ELIDED.matcher(text).region(start, end);
    return m.lookingAt() && m.end() < end ? m.end() : start;
  }
}
