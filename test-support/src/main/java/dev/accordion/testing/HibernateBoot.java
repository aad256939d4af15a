package dev.accordion.testing;

import java.util.Map;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.cfg.Configuration;

/** Hibernate over compiled entities, as the application under test runs it. */
public final class HibernateBoot {

  private HibernateBoot() {}

  /**
   * A session factory for {@code compiled}'s entities on {@code dataSource}: {@code ddl} as
   * {@code hibernate.hbm2ddl.auto} ({@code create}, {@code validate}, {@code none}), and
   * {@code settings} such as a naming strategy on top.
   */
  public static SessionFactory sessionFactory(EntityBuild.Compiled compiled, DataSource dataSource,
      String dialect, String ddl, Map<String, String> settings) {
    Thread thread = Thread.currentThread();
    ClassLoader previous = thread.getContextClassLoader();
    thread.setContextClassLoader(compiled.classLoader());
    try {
      Configuration configuration = new Configuration();
      compiled.entityClasses().forEach(configuration::addAnnotatedClass);
      compiled.autoAppliedConverters().forEach(configuration::addAnnotatedClass);
      configuration.getProperties().put("hibernate.connection.datasource", dataSource);
      configuration.setProperty("hibernate.dialect", dialect);
      configuration.setProperty("hibernate.hbm2ddl.auto", ddl);
      configuration.setProperty("hibernate.show_sql", "false");
      settings.forEach(configuration::setProperty);
      return configuration.buildSessionFactory();
    } finally {
      thread.setContextClassLoader(previous);
    }
  }
}
