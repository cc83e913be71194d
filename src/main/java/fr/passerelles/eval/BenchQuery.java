package fr.passerelles.eval;

/**
 * One held-out query: {@code fold}'s engine never saw its text.
 *
 * @param id the sheet code, or {@code code/ogr} for an appellation
 * @param gold the ROME code that must rank first
 */
public record BenchQuery(BenchTask task, String id, String text, String gold, int fold) {}
