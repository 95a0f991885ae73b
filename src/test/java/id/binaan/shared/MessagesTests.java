package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every visible word exists in Indonesian and in English, in each message file. */
class MessagesTests {

    static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/i18n"))) {
            Stream<String> modules = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".properties") && !name.endsWith("_en.properties"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()));
            return Stream.concat(Stream.of("messages"), modules).sorted().toList();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void indonesianAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties indonesian = load("/" + bundle + ".properties");
        Properties english = load("/" + bundle + "_en.properties");

        Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
        missingInIndonesian.removeAll(indonesian.stringPropertyNames());

        assertThat(missingInEnglish).as("keys missing in " + bundle + "_en.properties").isEmpty();
        assertThat(missingInIndonesian).as("keys missing in " + bundle + ".properties").isEmpty();
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void noMessageIsBlank(String bundle) throws IOException {
        for (String file : new String[] {"/" + bundle + ".properties", "/" + bundle + "_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames())
                    .as("blank messages in " + file)
                    .filteredOn(key -> messages.getProperty(key).isBlank())
                    .isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("bundles")
    void everyBundleIsListedInTheConfiguration(String bundle) throws IOException {
        Properties configuration = load("/application.properties");
        assertThat(List.of(configuration.getProperty("spring.messages.basename").split(","))).contains(bundle);
    }

    /**
     * DESIGN.md rule 7, one way for every enum: each one implements {@link Labelled} and has its label in Indonesian
     * and in English, except the few that never reach a page (they only steer what a page shows).
     */
    @Test
    void everyEnumHasItsLabelInBothLanguages() throws Exception {
        Set<String> neverShown = Set.of("id.binaan.program.AttendanceEdit", "id.binaan.inmate.ImportJob$State",
                "id.binaan.shared.Scope$Kind");
        Properties indonesian = new Properties();
        Properties english = new Properties();
        for (String bundle : bundles()) {
            indonesian.putAll(load("/" + bundle + ".properties"));
            english.putAll(load("/" + bundle + "_en.properties"));
        }
        List<Class<?>> enums;
        try (Stream<Path> files = Files.walk(Path.of("target/classes/id/binaan"))) {
            enums = files.map(Path::toString).filter(f -> f.endsWith(".class"))
                    .map(f -> f.substring("target/classes/".length(), f.length() - ".class".length()).replace('/', '.'))
                    .map(MessagesTests::loadClass).filter(Class::isEnum).filter(c -> !neverShown.contains(c.getName()))
                    .toList();
        }
        assertThat(enums).as("the application's enums").hasSizeGreaterThan(20);
        for (Class<?> type : enums) {
            assertThat(Labelled.class).as(type.getName() + " is Labelled").isAssignableFrom(type);
            for (Object constant : type.getEnumConstants()) {
                String key = ((Labelled) constant).labelKey();
                assertThat(indonesian.getProperty(key)).as("Indonesian label " + key).isNotBlank();
                assertThat(english.getProperty(key)).as("English label " + key).isNotBlank();
                String code = ((Enum<?>) constant).name();
                if (code.length() > 3) { // SD and SMP are the words themselves
                    assertThat(indonesian.getProperty(key)).as("the label of " + key + " is a word, not the code")
                            .isNotEqualTo(code);
                }
            }
        }
    }

    private static Class<?> loadClass(String name) {
        try {
            return Class.forName(name, false, MessagesTests.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTests.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
