package fr.passerelles.match;

import fr.passerelles.nlp.Zone;

/** A segment of the input with the zone it was read as and how much it counted. */
public record ZoneSpan(int start, int end, Zone zone, double weight) {}
