package fr.passerelles.api;

import fr.passerelles.api.dto.PageDto;
import java.util.List;

/** {@code ?limit=&offset=} of list routes, bounded by {@link ApiConfig#maxPageSize()}. */
public final class Paging {
  public static final String LIMIT = "limit";
  public static final String OFFSET = "offset";

  private final int maxPageSize;

  public Paging(ApiConfig config) {
    this.maxPageSize = config.maxPageSize();
  }

  /** @param defaultLimit page size when {@code limit} is absent (capped at the maximum) */
  public Page read(QueryParams params, int defaultLimit) {
    Integer limit = params.integer(LIMIT, 1, maxPageSize, "entier de 1 à " + maxPageSize + " attendu");
    Integer offset = params.integer(OFFSET, 0, Integer.MAX_VALUE, "entier positif ou nul attendu");
    return new Page(offset == null ? 0 : offset, limit == null ? Math.min(defaultLimit, maxPageSize) : limit);
  }

  /** A validated page request. */
  public record Page(int offset, int limit) {
    /** The slice of {@code all} this page covers, with the total. */
    public <T> PageDto<T> of(List<T> all) {
      int from = Math.min(offset, all.size());
      int to = Math.min(all.size(), from + limit);
      return new PageDto<>(all.size(), offset, limit, List.copyOf(all.subList(from, to)));
    }
  }
}
