package fr.passerelles.api.dto;

/** A métier of the population to train and how many people hold it. */
public record HeadcountDto(String metier, int people) {}
