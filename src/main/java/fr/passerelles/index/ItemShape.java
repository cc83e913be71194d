package fr.passerelles.index;

import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an item's wording makes it, beside its kind: a qualification to hold ("BTS …", "Titre
 * professionnel …") or a sheet's summary sentence ("Le Conducteur de bus assure …"). A job title
 * or an education line shares words with such items without stating them, so evidence weighs
 * them apart. Read from the text once, at index time, and stored with the item.
 */
public enum ItemShape {
  QUALIFICATION(Pattern.compile(
      "^(diplôme|bts|but|dut|bac|bp|bpa|bepa|cap|cqp|licence|master|titre professionnel|brevet|certificat"
          + "|mention complémentaire|habilitation|ingénieur diplômé|doctorat|dipl)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)),
  /** The sentence starts with the job, as its subject. */
  SUMMARY(Pattern.compile("^(le|la|l'|l’|un|une|en tant que|artisan|passionné)\\b",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

  private final Pattern pattern;

  ItemShape(Pattern pattern) {
    this.pattern = pattern;
  }

  /** The shapes of an item's text. */
  public static Set<ItemShape> of(String text) {
    Set<ItemShape> out = EnumSet.noneOf(ItemShape.class);
    for (ItemShape s : values()) {
      if (s.pattern.matcher(text).find()) {
        out.add(s);
      }
    }
    return out;
  }

  /** The stored value: the shapes' names, space-separated. */
  static String store(Set<ItemShape> shapes) {
    StringBuilder b = new StringBuilder();
    for (ItemShape s : shapes) {
      b.append(b.isEmpty() ? "" : " ").append(s.name());
    }
    return b.toString();
  }

  static Set<ItemShape> read(String stored) {
    Set<ItemShape> out = EnumSet.noneOf(ItemShape.class);
    if (stored != null && !stored.isBlank()) {
      for (String name : stored.split(" ")) {
        out.add(valueOf(name));
      }
    }
    return out;
  }
}
