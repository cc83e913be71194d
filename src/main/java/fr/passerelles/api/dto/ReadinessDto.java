package fr.passerelles.api.dto;

/**
 * Readiness: whether the data the routes need is loaded.
 *
 * @param status {@code UP} when every route can answer
 * @param corpus the loaded branch referential
 * @param index the search index
 */
public record ReadinessDto(String status, CorpusStateDto corpus, IndexStateDto index) {}
