package fr.passerelles.api.dto;

import java.util.List;

public record DegreeGroupDto(int degree, String label, List<MobilityPasserelleDto> passerelles) {}
