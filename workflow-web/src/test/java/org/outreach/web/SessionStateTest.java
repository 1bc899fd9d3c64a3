package org.outreach.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A session moves to another server when the one holding it fails (web.xml, distributable), so
 * everything a session-scoped or view-scoped bean keeps must be serializable, all the way down, and
 * must come back usable: services are proxies that serialize, never transient fields that would be
 * null on the next server.
 */
class SessionStateTest {

  private static final Set<Class<?>> COLLECTIONS =
      Set.of(List.class, Set.class, Map.class, Collection.class);

  @Test
  void everythingASessionHoldsIsSerializable() throws Exception {
    List<String> problems = new ArrayList<>();
    List<Class<?>> beans = beans();
    assertTrue(beans.size() >= 25, "found the console's beans: " + beans.size());
    Set<Class<?>> seen = new HashSet<>();
    for (Class<?> bean : beans) {
      if (!Serializable.class.isAssignableFrom(bean)) {
        problems.add(bean.getName() + " is not serializable");
      }
      fields(bean, bean.getSimpleName(), seen, problems);
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theCheckFindsWhatWouldNotMove() {
    List<String> problems = new ArrayList<>();
    fields(Unmovable.class, "Unmovable", new HashSet<>(), problems);
    assertEquals(
        List.of(
            "Unmovable.service is transient: null on the next server",
            "Unmovable.thread: java.lang.Thread is not serializable",
            "Unmovable.rows: java.lang.Runnable is not serializable",
            "Unmovable.inner.lock: java.lang.Object is not serializable"),
        problems);
  }

  private static List<Class<?>> beans() throws ClassNotFoundException {
    List<Class<?>> beans = new ArrayList<>();
    for (JavaClass type :
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> location.contains("workflow-web/target/classes"))
            .importPackages("org.outreach")) {
      if (type.isAnnotatedWith(ViewScoped.class) || type.isAnnotatedWith(SessionScoped.class)) {
        beans.add(Class.forName(type.getName()));
      }
    }
    return beans;
  }

  private static void fields(
      Class<?> type, String path, Set<Class<?>> seen, List<String> problems) {
    if (!seen.add(type)) {
      return;
    }
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        int modifiers = field.getModifiers();
        if (Modifier.isStatic(modifiers) || field.isSynthetic()) {
          continue;
        }
        String where = path + "." + field.getName();
        boolean injected =
            field.isAnnotationPresent(EJB.class) || field.isAnnotationPresent(Inject.class);
        if (Modifier.isTransient(modifiers)) {
          if (injected) {
            problems.add(where + " is transient: null on the next server");
          }
          continue;
        }
        if (!injected) {
          check(field.getGenericType(), where, seen, problems);
        }
      }
    }
  }

  private static void check(Type type, String path, Set<Class<?>> seen, List<String> problems) {
    if (type instanceof ParameterizedType parameterized) {
      check(parameterized.getRawType(), path, seen, problems);
      for (Type argument : parameterized.getActualTypeArguments()) {
        check(argument, path, seen, problems);
      }
    } else if (type instanceof GenericArrayType array) {
      check(array.getGenericComponentType(), path, seen, problems);
    } else if (type instanceof Class<?> c) {
      if (c.isArray()) {
        check(c.getComponentType(), path, seen, problems);
      } else if (c.isPrimitive() || COLLECTIONS.contains(c)) {
        return;
      } else if (!Serializable.class.isAssignableFrom(c)) {
        problems.add(path + ": " + c.getName() + " is not serializable");
      } else if (c.getName().startsWith("org.outreach.")) {
        fields(c, path, seen, problems);
      }
    } else {
      problems.add(path + ": " + type + " cannot be checked");
    }
  }

  /** What the check must refuse. */
  @SuppressWarnings({"unused", "serial"})
  static class Unmovable implements Serializable {
    @Inject private transient Runnable service;
    @Inject private Runnable proxy;
    private transient Object upload;
    private Thread thread;
    private List<Runnable> rows;
    private Inner inner;

    static class Inner implements Serializable {
      private Object lock;
    }
  }
}
