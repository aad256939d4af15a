package dev.accordion.processor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * Runs a processor unchanged but records every file it asks the {@link Filer} for. A failed
 * compilation gives compile-testing no generated files to inspect; this is how the diagnostics
 * tests show that nothing at all was generated after an error.
 */
final class RecordingProcessor implements Processor {

  private final Processor delegate;
  private final Predicate<String> fails;
  private final List<String> created = new ArrayList<>();

  RecordingProcessor(Processor delegate) {
    this(delegate, file -> false);
  }

  /**
   * Also makes the Filer throw an {@link IOException} for every file that {@code fails}, named
   * as {@link #created()} names it (e.g. {@code "source a.b.C"}); such files are not recorded.
   */
  RecordingProcessor(Processor delegate, Predicate<String> fails) {
    this.delegate = delegate;
    this.fails = fails;
  }

  private void record(String file) throws IOException {
    if (fails.test(file)) {
      throw new IOException("cannot create " + file + " (simulated by the test)");
    }
    created.add(file);
  }

  /** Sources, classes and resources the processor created, in order. */
  List<String> created() {
    return List.copyOf(created);
  }

  @Override
  public void init(ProcessingEnvironment env) {
    delegate.init(new RecordingEnvironment(env));
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private final class RecordingEnvironment implements ProcessingEnvironment {
    private final ProcessingEnvironment env;
    private final Filer filer;

    RecordingEnvironment(ProcessingEnvironment env) {
      this.env = env;
      Filer real = env.getFiler();
      this.filer =
          new Filer() {
            @Override
            public JavaFileObject createSourceFile(CharSequence name, Element... originating)
                throws IOException {
              record("source " + name);
              return real.createSourceFile(name, originating);
            }

            @Override
            public JavaFileObject createClassFile(CharSequence name, Element... originating)
                throws IOException {
              record("class " + name);
              return real.createClassFile(name, originating);
            }

            @Override
            public FileObject createResource(
                JavaFileManager.Location location,
                CharSequence moduleAndPkg,
                CharSequence relativeName,
                Element... originating)
                throws IOException {
              record("resource " + relativeName);
              return real.createResource(location, moduleAndPkg, relativeName, originating);
            }

            @Override
            public FileObject getResource(
                JavaFileManager.Location location,
                CharSequence moduleAndPkg,
                CharSequence relativeName)
                throws IOException {
              return real.getResource(location, moduleAndPkg, relativeName);
            }
          };
    }

    @Override
    public Map<String, String> getOptions() {
      return env.getOptions();
    }

    @Override
    public Messager getMessager() {
      return env.getMessager();
    }

    @Override
    public Filer getFiler() {
      return filer;
    }

    @Override
    public Elements getElementUtils() {
      return env.getElementUtils();
    }

    @Override
    public Types getTypeUtils() {
      return env.getTypeUtils();
    }

    @Override
    public SourceVersion getSourceVersion() {
      return env.getSourceVersion();
    }

    @Override
    public Locale getLocale() {
      return env.getLocale();
    }

    @Override
    public boolean isPreviewEnabled() {
      return env.isPreviewEnabled();
    }
  }
}
