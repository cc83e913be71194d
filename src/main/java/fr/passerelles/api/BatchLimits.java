package fr.passerelles.api;

/**
 * Bounds of {@code POST /passerelles/batch}, checked before any text is analysed (413 beyond).
 *
 * @param maxItems texts per batch at most
 * @param maxBytes size of the body at most; each text is still bounded as one text is
 */
record BatchLimits(int maxItems, int maxBytes) {
  /** A training-planning tool's population of a site or a year: 100 CVs of one page are 330 KB. */
  static final int DEFAULT_MAX_ITEMS = 500;
  static final int DEFAULT_MAX_BYTES = 4 * 1024 * 1024;
  static final BatchLimits DEFAULT = new BatchLimits(DEFAULT_MAX_ITEMS, DEFAULT_MAX_BYTES);

  BatchLimits {
    if (maxItems < 1 || maxBytes < 1) {
      throw new IllegalArgumentException("batch limits must be positive");
    }
  }
}
