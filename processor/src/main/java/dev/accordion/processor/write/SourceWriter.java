package dev.accordion.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.JavaFileObject;

/**
 * Writes generated classes through the Filer. Each is rendered to text first ({@link #render}),
 * so a compile renders everything before it writes anything and only writing itself can fail.
 */
public final class SourceWriter {

  /** A generated class rendered to text, with what the Filer needs to write it. */
  public record RenderedSource(String name, List<Element> originating, String text) {}

  private final Filer filer;

  public SourceWriter(Filer filer) {
    this.filer = filer;
  }

  public static RenderedSource render(JavaFile file) {
    String name = file.packageName().isEmpty()
        ? file.typeSpec().name()
        : file.packageName() + "." + file.typeSpec().name();
    return new RenderedSource(name, file.typeSpec().originatingElements(), file.toString());
  }

  public void write(RenderedSource rendered) throws IOException {
    JavaFileObject source =
        filer.createSourceFile(rendered.name(), rendered.originating().toArray(new Element[0]));
    try (Writer out = source.openWriter()) {
      out.write(rendered.text());
    }
  }
}
