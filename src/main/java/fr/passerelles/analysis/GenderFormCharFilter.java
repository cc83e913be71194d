package fr.passerelles.analysis;

import java.io.Reader;
import java.util.List;

/**
 * Applies {@link GenderFormNormalizer} before tokenizing, so that no stray {@code e} or {@code
 * trice} token is produced and offsets still point into the user's text: the token {@code chargé}
 * from {@code chargé(e)} spans the nine input chars, and evidence quotes cut with its offsets show
 * what the user wrote.
 */
public final class GenderFormCharFilter extends EditCharFilter {

  private static final GenderFormNormalizer NORMALIZER = new GenderFormNormalizer();

  public GenderFormCharFilter(Reader input) {
    super(input);
  }

  @Override
  List<GenderFormNormalizer.Edit> edits(String text) {
    return NORMALIZER.edits(text);
  }
}
