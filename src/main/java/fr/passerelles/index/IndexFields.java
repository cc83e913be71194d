package fr.passerelles.index;

/** Field names of the three indexes, in one place so builder and searchers agree. */
public final class IndexFields {
  // shared
  public static final String ID = "id";
  public static final String TYPE = "type";
  public static final String FAMILY = "family";

  // sheets index
  public static final String METIER = "metier";
  public static final String FAMILY_LABEL = "familyLabel";
  public static final String TITLE = "title";
  public static final String NAMES = "names";
  /** Title and each name as analyzed terms, stored one value per name: title recognition needs them. */
  public static final String NAME_TERMS = "nameTerms";
  /** Title and each name as written, in the order of {@link #NAME_TERMS}. */
  public static final String NAME_LABELS = "nameLabels";
  public static final String DESCRIPTION = "description";
  public static final String ACTIVITIES = "activities";
  public static final String COMPETENCES = "competences";
  /** Everything of the sheet in one field, so one BM25 length norm covers the whole sheet. */
  public static final String ALL = "all";
  public static final String BORROWED_FROM = "borrowedFrom";
  public static final String ROME_CODES = "romeCodes";

  // activities and competences indexes
  public static final String TEXT = "text";
  /** Analyzed terms of {@link #TEXT}, stored space-separated: evidence coverage needs them. */
  public static final String TERMS = "terms";
  public static final String QUALIFIER = "qualifier";
  public static final String KIND = "kind";
  public static final String MACRO = "macro";
  /** The item's {@link ItemShape}s, space-separated: read from its text at index time. */
  public static final String SHAPES = "shapes";
  /** The item's weight in each of its sheets, stored in the order of {@link #SHEET}. */
  public static final String WEIGHT = "weight";
  /** Every sheet the item belongs to (multi-valued). */
  public static final String SHEET = "sheet";
  /** Types of the sheets the item belongs to, for the type filter (multi-valued). */
  public static final String SHEET_TYPE = "sheetType";

  private IndexFields() {}
}
