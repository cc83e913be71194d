package fr.passerelles.api.dto;

/** A sub-bullet of an activity. @param id {@code 0101-A07.1} */
public record SubActivityDto(String id, String text) {}
