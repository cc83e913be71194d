package fr.passerelles.index;

import java.util.List;

/**
 * An indexed item held in memory: evidence needs its text, owners and analyzed terms for every hit,
 * and reading them from stored fields per request would dominate the latency.
 */
public record ItemRecord(
    String id,
    ItemType type,
    String text,
    String qualifier,
    String kind,
    String macro,
    float weight,
    List<String> sheets,
    List<String> terms) {}
