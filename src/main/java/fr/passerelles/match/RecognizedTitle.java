package fr.passerelles.match;

import java.util.List;

/**
 * A job title of a sheet found in the input ("intitulé reconnu").
 *
 * @param score in [0, 1]: how specific the title is, how much of its line it fills, how recent
 * @param segment the input line or sentence it stands in
 * @param name the title or appellation as the referential writes it
 * @param highlights where the user wrote it
 * @param posted the job the text posts: the title opens a line with the F/H mention or the text's
 *     first line, or follows a recruiting verb or noun or a label naming the post
 */
public record RecognizedTitle(double score, TextSpan segment, String name, List<TextSpan> highlights, boolean posted) {
  public RecognizedTitle {
    highlights = List.copyOf(highlights);
  }
}
