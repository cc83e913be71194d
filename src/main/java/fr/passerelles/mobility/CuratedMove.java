package fr.passerelles.mobility;

import java.util.List;

/**
 * A move the referential states.
 *
 * @param targetId the target's profile id, or its 2024 id when only the 2024 nomenclature names it
 * @param statedDegree the degree the referential gives (004's levels, 000's example), null when
 *     it gives none (001's evolutions, ROME mobility links)
 * @param references where it is stated: the seed ({@code 004}, {@code 000}, {@code 001}) or
 *     {@code rome} for a ROME sheet's mobility link
 * @param text the target as the referential prints it
 * @param romeRank the rank of a ROME mobility link, 0 otherwise
 */
public record CuratedMove(String targetId, Integer statedDegree, List<String> references, String text, int romeRank) {
  public CuratedMove {
    references = List.copyOf(references);
  }
}
