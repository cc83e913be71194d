package fr.passerelles.api.dto;

/**
 * Readiness: whether the data the routes need is loaded.
 *
 * @param status {@code UP} when every route can answer (HTTP 200), else {@code STARTING} or
 *     {@code DOWN} (HTTP 503)
 * @param corpus the loaded branch referential
 * @param index the search index
 * @param rome the ROME release, null when none is loaded (or the engine is not open yet)
 */
public record ReadinessDto(String status, CorpusStateDto corpus, IndexStateDto index, RomeStateDto rome) {}
