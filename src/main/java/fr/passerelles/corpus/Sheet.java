package fr.passerelles.corpus;

import java.util.List;
import java.util.stream.Stream;

/**
 * A fiche métier: one version of the description of a métier (or of a specialist sub-métier).
 *
 * @param id sheet id, also the file name ({@code 0102}, {@code 0102-v2}, {@code 0104-03})
 * @param metier the 2009 métier code it describes
 * @param version 1 for the 2009 cartographie, 2 for the current sheet
 * @param current whether this is the default version of the métier
 * @param parentSheet the shared sheet of a specialist sub-métier (0104), else null
 * @param trainingLevel minimum certification level stated (4 = Bac … 8 = doctorat), null if none
 */
public record Sheet(
    String id,
    String metier,
    int version,
    boolean current,
    String source,
    String title,
    String titleFeminine,
    String titleMasculine,
    String family,
    String parentSheet,
    List<String> otherNames,
    List<String> hierarchy,
    String mission,
    List<String> workingConditions,
    List<Activity> activities,
    List<String> characteristics,
    List<Competence> competences,
    List<String> aptitudes,
    List<String> training,
    Integer trainingLevel,
    List<String> certifications,
    List<String> evolutionWithin,
    List<Evolution> evolutions,
    List<Passerelle> passerelles,
    List<String> notes) {

  public Sheet {
    otherNames = copy(otherNames);
    hierarchy = copy(hierarchy);
    workingConditions = copy(workingConditions);
    activities = copy(activities);
    characteristics = copy(characteristics);
    competences = copy(competences);
    aptitudes = copy(aptitudes);
    training = copy(training);
    certifications = copy(certifications);
    evolutionWithin = copy(evolutionWithin);
    evolutions = copy(evolutions);
    passerelles = copy(passerelles);
    notes = copy(notes);
  }

  private static <T> List<T> copy(List<T> list) {
    return list == null ? List.of() : List.copyOf(list);
  }

  /** Whether the seeds describe this sheet's work (a title-only sheet has neither). */
  public boolean hasContent() {
    return !activities.isEmpty() || !competences.isEmpty();
  }

  /** Activities and their sub-bullets, flattened in document order. */
  public Stream<ActivityText> activityTexts() {
    return activities.stream()
        .flatMap(
            a ->
                Stream.concat(
                    Stream.of(new ActivityText(a.id(), a.frequency(), a.text())),
                    a.children().stream()
                        .map(c -> new ActivityText(c.id(), a.frequency(), c.text()))));
  }

  /** An activity or sub-activity reduced to what search needs. */
  public record ActivityText(String id, Frequency frequency, String text) {}
}
