package fr.passerelles.mobility;

import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.ToIntFunction;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The evidence judge's readings of every métier's own items ({@link StatedItems}), stored in the
 * index generation's folder ({@link #FILE}): the judge takes about 50 s of CPU to read the 1,633
 * origins, the file well under a second to load. Written by the first open of a generation
 * ({@code bin/passerelles index}, the image build) or, when a served engine opened without it, in
 * the background once its origins are read; replaced whole (temporary file, atomic move), never
 * edited. A file of another
 * stamp (format, threshold, judge's model) is ignored; each origin's entry carries the digest of the
 * lines it was read from, so an origin whose lines changed is read again.
 *
 * <p>Layout (gzip, big-endian): the stamp; a table of strings (sheet codes, item ids); then per
 * origin its sources and added competences (string numbers), the digest, and its {@link
 * StatedItems.Stating} with the stated items as string numbers.
 */
final class StoredReadings {
  static final String FILE = "stated-items.bin";
  /** Bump when the layout changes. */
  static final int FORMAT = 2;
  private static final Logger LOG = LoggerFactory.getLogger(StoredReadings.class);

  private StoredReadings() {}

  /** One origin's reading, its items numbered as the reader numbers them. */
  record Entry(StatedItems.Key key, long digest, StatedItems.Stating stating) {}

  /**
   * The entries of the file, by origin; empty when it is missing, unreadable or of another stamp.
   *
   * @param number the reader's number of an item id
   */
  static Map<StatedItems.Key, Entry> read(Path file, String stamp, ToIntFunction<String> number) {
    if (!Files.isRegularFile(file)) {
      return Map.of();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 1 << 16)) {
      ByteBuffer b = ByteBuffer.wrap(in.readAllBytes());
      String found = string(b);
      if (!found.equals(stamp)) {
        LOG.info("Stated items in {} are of another judge ({}, not {}): read again", file, found, stamp);
        return Map.of();
      }
      String[] strings = new String[b.getInt()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = string(b);
      }
      int n = b.getInt();
      Map<StatedItems.Key, Entry> out = new HashMap<>(n * 2);
      for (int e = 0; e < n; e++) {
        StatedItems.Key key = new StatedItems.Key(names(b, strings), names(b, strings));
        long digest = b.getLong();
        int[] items = new int[b.getInt()];
        int[] starts = new int[items.length + 1];
        for (int s = 0; s < items.length; s++) {
          items[s] = number.applyAsInt(strings[b.getInt()]);
          starts[s + 1] = starts[s] + b.getInt();
        }
        int[] lines = new int[starts[items.length]];
        for (int l = 0; l < lines.length; l++) {
          lines[l] = b.getInt();
        }
        out.put(key, new Entry(key, digest, StatedItems.Stating.sorted(items, starts, lines)));
      }
      return out;
    } catch (IOException | RuntimeException e) {
      LOG.warn("Cannot read the stated items in {} ({}): read again", file, e.toString());
      return Map.of();
    }
  }

  /**
   * Writes the entries in their order, through a temporary file moved over {@code file}.
   *
   * @param name the item id of a reader's number
   */
  static void write(Path file, String stamp, List<Entry> entries, IntFunction<String> name) throws IOException {
    Map<String, Integer> numbers = new LinkedHashMap<>();
    for (Entry e : entries) {
      e.key().sources().forEach(s -> numbers.putIfAbsent(s, numbers.size()));
      e.key().added().forEach(s -> numbers.putIfAbsent(s, numbers.size()));
      for (int item : e.stating().items()) {
        numbers.putIfAbsent(name.apply(item), numbers.size());
      }
    }
    // a name of its own: replicas sharing the generation may write at once (each pid 1 in its container)
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), FILE + ".", ".tmp");
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(tmp), 1 << 16)))) {
      string(out, stamp);
      out.writeInt(numbers.size());
      for (String s : numbers.keySet()) {
        string(out, s);
      }
      out.writeInt(entries.size());
      for (Entry e : entries) {
        writeNames(out, e.key().sources(), numbers);
        writeNames(out, e.key().added(), numbers);
        out.writeLong(e.digest());
        StatedItems.Stating s = e.stating();
        out.writeInt(s.items().length);
        for (int i = 0; i < s.items().length; i++) {
          out.writeInt(numbers.get(name.apply(s.items()[i])));
          out.writeInt(s.starts()[i + 1] - s.starts()[i]);
        }
        for (int line : s.lines()) {
          out.writeInt(line);
        }
      }
    } catch (IOException e) {
      Files.deleteIfExists(tmp);
      throw e;
    }
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private static String string(ByteBuffer b) {
    byte[] bytes = new byte[b.getShort() & 0xFFFF];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static void string(DataOutputStream out, String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > 0xFFFF) {
      throw new IOException("string too long to store: " + bytes.length + " bytes");
    }
    out.writeShort(bytes.length);
    out.write(bytes);
  }

  private static List<String> names(ByteBuffer b, String[] strings) {
    int n = b.getInt();
    List<String> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(strings[b.getInt()]);
    }
    return List.copyOf(out);
  }

  private static void writeNames(DataOutputStream out, List<String> names, Map<String, Integer> numbers) throws IOException {
    out.writeInt(names.size());
    for (String s : names) {
      out.writeInt(numbers.get(s));
    }
  }
}
