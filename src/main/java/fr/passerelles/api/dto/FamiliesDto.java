package fr.passerelles.api.dto;

import java.util.List;

/** The families of both nomenclatures, in code order. */
public record FamiliesDto(List<Family2009Dto> families2009, List<Family2024Dto> families2024) {}
