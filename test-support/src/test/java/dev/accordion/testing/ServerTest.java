package dev.accordion.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ServerTest {

  @Test
  void theDatabaseIsTheUrlsPathWithOrWithoutParameters() {
    assertEquals("jdbc:postgresql://127.0.0.1:5432/t1?user=postgres",
        Server.withDatabase(Server.POSTGRES_DEFAULT, "t1"));
    assertEquals("jdbc:mariadb://db:3306/t1", Server.withDatabase("jdbc:mariadb://db:3306/test", "t1"));
    assertEquals("jdbc:mariadb://db:3306/t1?user=root",
        Server.withDatabase("jdbc:mariadb://db:3306?user=root", "t1"));
    assertEquals("jdbc:mariadb://db/t1", Server.withDatabase("jdbc:mariadb://db", "t1"));
    assertEquals("jdbc:mariadb://db:3306/t1?user=root&password=a/b",
        Server.withDatabase("jdbc:mariadb://db:3306/?user=root&password=a/b", "t1"));
  }
}
