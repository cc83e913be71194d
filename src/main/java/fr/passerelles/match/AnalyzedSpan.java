package fr.passerelles.match;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * A span of the input run through the query analyzer: each term with how often it occurs and where
 * the user wrote it (offsets into the whole input, so evidence can quote and highlight it).
 */
record AnalyzedSpan(TextSpan span, Map<String, List<TextSpan>> occurrences) {

  static AnalyzedSpan of(Analyzer analyzer, String field, String input, TextSpan span) {
    Map<String, List<TextSpan>> occ = new LinkedHashMap<>();
    try (TokenStream ts = analyzer.tokenStream(field, span.text())) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        int start = span.start() + offset.startOffset();
        int end = Math.min(span.start() + offset.endOffset(), input.length());
        occ.computeIfAbsent(term.toString(), k -> new ArrayList<>())
            .add(new TextSpan(start, end, input.substring(start, end)));
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in-memory text: cannot happen in practice
    }
    return new AnalyzedSpan(span, occ);
  }

  /**
   * The part of this (whole-text) analysis that lies inside {@code span}: analyzing the input once
   * and slicing by offsets costs a third of analyzing every segment and phrase again. A token that
   * straddles the span's start keeps its part inside: the analyzer's token for "j'ouvre" starts at
   * the elided "j'", while the action phrase "ouvre les dossiers" starts at the verb.
   */
  AnalyzedSpan slice(TextSpan span) {
    Map<String, List<TextSpan>> occ = new LinkedHashMap<>();
    for (Map.Entry<String, List<TextSpan>> e : occurrences.entrySet()) {
      for (TextSpan o : e.getValue()) {
        if (o.end() <= span.end() && o.end() > span.start()) {
          TextSpan inside = o.start() >= span.start() ? o
              : new TextSpan(span.start(), o.end(), o.text().substring(span.start() - o.start()));
          occ.computeIfAbsent(e.getKey(), k -> new ArrayList<>(2)).add(inside);
        }
      }
    }
    return new AnalyzedSpan(span, occ);
  }

  boolean isEmpty() {
    return occurrences.isEmpty();
  }

  /** All occurrences of all terms: a reading with added terms has more. */
  int occurrenceCount() {
    int n = 0;
    for (List<TextSpan> o : occurrences.values()) {
      n += o.size();
    }
    return n;
  }

  int termFrequency(String term) {
    List<TextSpan> o = occurrences.get(term);
    return o == null ? 0 : o.size();
  }
}
