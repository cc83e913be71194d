package fr.passerelles.nlp;

/**
 * What part of a CV or job ad a segment belongs to. Only {@link #TASK} segments state what a person
 * does; the others are context that must not decide the ranking nor stand as evidence: an employer
 * presentation names the employer's field, contract and application lines name recruitment, a
 * diploma names a subject studied, a hobby names a pastime.
 */
public enum Zone {
  /** Tasks, skills, a profile or a summary: what the person does or the job asks. */
  TASK(1.0),
  /** A CV experience header ("2017 – 2025 : Chargée d'assistance, Axa"): job title, employer, dates. */
  EXPERIENCE(0.6),
  /** A section heading ("Missions", "Formation", "Qui sommes-nous ?"). */
  HEADING(0.0),
  /** The employer presents itself ("Notre groupe, leader de…"). */
  EMPLOYER(0.15),
  /** Contract, pay, hours, benefits, status or grade, place of work. */
  CONTRACT(0.1),
  /** How to apply, references, recruitment process. */
  APPLICATION(0.05),
  /** Diplomas, schools, courses followed. */
  EDUCATION(0.2),
  /** Hobbies and interests. */
  HOBBIES(0.1),
  /** Name, contact details, age, driving licence. */
  PERSONAL(0.05);

  private final double weight;

  Zone(double weight) {
    this.weight = weight;
  }

  /** How much a segment of this zone counts in the whole-text ranking, before the CV timeline. */
  public double weight() {
    return weight;
  }

  /** Whether a segment of this zone may evidence an activity or competence. */
  public boolean mayEvidence() {
    return this == TASK;
  }

  public String json() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
