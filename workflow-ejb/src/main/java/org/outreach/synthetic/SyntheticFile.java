package org.outreach.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.outreach.importing.ImportFileWriter;
import org.outreach.registry.NewAffectedPerson;

/** Synthetic people as an import file (docs/import-format.md). */
public final class SyntheticFile {

  private SyntheticFile() {}

  public static void write(long seed, int count, Writer out) throws IOException {
    write(SyntheticPeople.generate(seed, count), out);
  }

  public static void write(List<NewAffectedPerson> people, Writer out) throws IOException {
    ImportFileWriter writer = new ImportFileWriter(out);
    for (NewAffectedPerson person : people) {
      writer.write(person);
    }
    out.flush();
  }

  /**
   * Writes {@code docs/sample-affected-people.csv}: {@code java ... SyntheticFile <seed> <count>}.
   */
  public static void main(String[] args) throws IOException {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 2025L;
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 12;
    Writer out =
        new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8);
    write(seed, count, out);
  }
}
