package dev.accordion.sample;

import java.lang.reflect.Method;

/**
 * Any release of the join-column rename (join-column-rename): books with a title and an author,
 * authors with a name. Each release reaches a book's author through its own association, named
 * when the facade is made: release 1 through {@code author} (column author_id), releases 2 and 3
 * through {@code writer} (writer_id; release 2's getter reads author_id until the backfill is
 * verified).
 */
final class BookRelease extends ReleaseFacade {

  /** What a book must hold: its author's id (null for none) and its title. */
  record Row(Long authorId, String title) {
    Row withTitle(String title) {
      return new Row(authorId, title);
    }

    @Override
    public String toString() {
      return "author " + authorId + ", title " + title;
    }
  }

  private final Method bookId = method("Book", "getId");
  private final Method authorId = method("Author", "getId");
  private final Method title = method("Book", "getTitle");
  private final Method setTitle = method("Book", "setTitle", String.class);
  private final Method setName = method("Author", "setName", String.class);
  private final Method getAuthor;
  private final Method setAuthor;

  /** {@code association} is the field the release writes a book's author to. */
  BookRelease(Release release, String association) {
    super(release);
    String property = Character.toUpperCase(association.charAt(0)) + association.substring(1);
    this.getAuthor = method("Book", "get" + property);
    this.setAuthor = method("Book", "set" + property, type("Author"));
  }

  Object newAuthor(String name) {
    Object author = create("Author");
    call(setName, author, name);
    return author;
  }

  Object newBook(String title) {
    Object book = create("Book");
    setTitle(book, title);
    return book;
  }

  long id(Object book) {
    return (Long) call(bookId, book);
  }

  long authorId(Object author) {
    return (Long) call(authorId, author);
  }

  String title(Object book) {
    return (String) call(title, book);
  }

  void setTitle(Object book, String title) {
    call(setTitle, book, title);
  }

  /** The book's author as the release's getter reads it; null for none. */
  Object author(Object book) {
    return call(getAuthor, book);
  }

  /** Sets the book's author through the release's setter; null for none. */
  void setAuthor(Object book, Object author) {
    call(setAuthor, book, author);
  }

  /** The book as the release's getters read it. */
  Row row(Object book) {
    Object author = author(book);
    return new Row(author == null ? null : authorId(author), title(book));
  }
}
