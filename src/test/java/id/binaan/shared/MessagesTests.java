package id.binaan.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/** Every visible word exists in Indonesian and in English. */
class MessagesTests {

    @Test
    void indonesianAndEnglishHaveTheSameKeys() throws IOException {
        Properties indonesian = load("/messages.properties");
        Properties english = load("/messages_en.properties");

        Set<String> missingInEnglish = new TreeSet<>(indonesian.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());
        Set<String> missingInIndonesian = new TreeSet<>(english.stringPropertyNames());
        missingInIndonesian.removeAll(indonesian.stringPropertyNames());

        assertThat(missingInEnglish).as("keys missing in messages_en.properties").isEmpty();
        assertThat(missingInIndonesian).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[] {"/messages.properties", "/messages_en.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames())
                    .as("blank messages in " + file)
                    .filteredOn(key -> messages.getProperty(key).isBlank())
                    .isEmpty();
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
