package dev.accordion.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.Transaction;

/**
 * An application instance writing books while their association moves from author_id (release
 * 1) to writer_id (releases 2 and 3), always through its own release's association: it inserts
 * books, gives a book it owns another author (an existing one, a new one, or none), and merges a
 * book loaded a moment before with only its title changed (as a web form does), which writes the
 * association as it was loaded and must change nothing. After each commit it records what each
 * book must end with.
 */
final class BookWriter extends WriterThread {

  private final Release release;
  private final BookRelease code;
  private final SessionFactory sessions;
  private final Map<Long, BookRelease.Row> expected;
  private final List<Long> books;
  private final List<Long> authors;
  private final Random random;
  /** Whether the writer takes authors away (writes NULL) besides setting them. */
  private final boolean clears;
  private int written;

  BookWriter(Release release, BookRelease code, SessionFactory sessions,
      Map<Long, BookRelease.Row> expected, List<Long> books, List<Long> authors, long seed,
      boolean clears) {
    super(release.name() + "-book-writer");
    this.release = release;
    this.code = code;
    this.sessions = sessions;
    this.expected = expected;
    this.books = new ArrayList<>(books);
    this.authors = new ArrayList<>(authors);
    this.random = new Random(seed);
    this.clears = clears;
  }

  @Override
  void writeOnce() throws Exception {
    int kind = random.nextInt(10);
    long book = books.get(random.nextInt(books.size()));
    // The first write inserts, so even a short window has a book of every release.
    if (kind == 0 || written == 0) {
      insert();
    } else if (kind <= 5) {
      reassign(book);
    } else {
      editDetached(book);
    }
    written++;
  }

  private void insert() {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object book = code.newBook(release.name() + " wrote «" + written + "» 🙂");
      code.setAuthor(book, anyAuthor(session));
      session.persist(book);
      transaction.commit();
      remember(code.author(book));
      long id = code.id(book);
      books.add(id);
      expected.put(id, code.row(book));
    }
  }

  private void reassign(long id) {
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      Object book = session.find(release.type("Book"), id);
      Object author = anyAuthor(session);
      code.setAuthor(book, author);
      transaction.commit();
      remember(author);
      expected.put(id, new BookRelease.Row(author == null ? null : code.authorId(author),
          code.title(book)));
    }
  }

  /** The web-form edit: the author goes back as it was loaded, perhaps before a backfill batch. */
  private void editDetached(long id) throws InterruptedException {
    Object book;
    try (Session session = sessions.openSession()) {
      book = session.find(release.type("Book"), id);
    }
    Thread.sleep(3);
    String title = "edited by " + release.name() + " ✎ " + written;
    try (Session session = sessions.openSession()) {
      Transaction transaction = session.beginTransaction();
      code.setTitle(book, title);
      session.merge(book);
      transaction.commit();
    }
    expected.put(id, expected.get(id).withTitle(title));
  }

  /** None one time in eight, a new author one time in sixteen, else one of the known authors. */
  private Object anyAuthor(Session session) {
    int draw = random.nextInt(16);
    if (draw < 2 && clears) {
      return null;
    }
    if (draw == 2) {
      Object author = code.newAuthor("new author of " + release.name());
      session.persist(author);
      return author;
    }
    return session.getReference(release.type("Author"),
        authors.get(random.nextInt(authors.size())));
  }

  /** A new author is another to choose from once its transaction committed. */
  private void remember(Object author) {
    if (author != null && !authors.contains(code.authorId(author))) {
      authors.add(code.authorId(author));
    }
  }
}
