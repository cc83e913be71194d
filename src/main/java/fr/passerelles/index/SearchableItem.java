package fr.passerelles.index;

/**
 * An activity or a competence as indexed. A ROME competence is shared by every ROME sheet that
 * lists it (and by the branch métiers that borrow those sheets): the index records all its sheets.
 *
 * @param id stable id exposed by the API ({@code 0102-A07}, {@code ogr-123456})
 * @param qualifier frequency of an activity ({@code majority}…) or situation of a competence
 * @param kind competence kind ({@code savoir-faire}…), null for activities
 * @param macro ROME macro-competence ogr code when known, else null
 * @param weight how much the item says about its sheet (majority activities weigh more than rare)
 */
public record SearchableItem(
    String id,
    ItemType type,
    String text,
    String qualifier,
    String kind,
    String macro,
    float weight) {}
