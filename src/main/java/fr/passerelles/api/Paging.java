package fr.passerelles.api;

import fr.passerelles.api.dto.PageDto;
import io.javalin.http.Context;
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
  public Page read(Context ctx, int defaultLimit) {
    int limit = ctx.queryParamAsClass(LIMIT, Integer.class)
        .check(v -> v == null || v >= 1 && v <= maxPageSize, "entier de 1 à " + maxPageSize + " attendu")
        .getOrDefault(Math.min(defaultLimit, maxPageSize));
    int offset = ctx.queryParamAsClass(OFFSET, Integer.class)
        .check(v -> v == null || v >= 0, "entier positif ou nul attendu")
        .getOrDefault(0);
    return new Page(offset, limit);
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
