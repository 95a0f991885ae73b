package id.binaan.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * What a new password must be: 12 to 128 characters, not one of the common passwords shipped with
 * the application, and not the username. Returns the message key of the first problem.
 * <p>
 * The minimum counts Unicode code points (NIST SP 800-63B), what the hash sees. The maximum only bounds the size
 * and counts characters as the user sees them (extended grapheme clusters): an emoji such as a family or a flag, or a
 * Javanese syllable with its vowel sign, is one character on screen but several code points, and a password the user
 * sees as 64 characters must not be refused as longer than 128. New hashes are Argon2id ({@link PasswordHashing}),
 * which has no input limit, unlike bcrypt's 72 bytes, so nothing beyond the limit is silently ignored either.
 */
@Component
class PasswordPolicy {

    static final int MIN_LENGTH = 12;
    static final int MAX_LENGTH = 128;

    private static final Pattern GRAPHEME = Pattern.compile("\\X");

    private final Set<String> common;

    PasswordPolicy() {
        this.common = load("/account/common-passwords.txt");
    }

    Optional<String> problem(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("password.tooShort");
        }
        if (characters(password) > MAX_LENGTH) {
            return Optional.of("password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (common.contains(lower)) {
            return Optional.of("password.common");
        }
        if (username != null && lower.equals(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.username");
        }
        return Optional.empty();
    }

    /** Characters as the user sees them: extended grapheme clusters. */
    static int characters(String text) {
        Matcher cluster = GRAPHEME.matcher(text);
        int count = 0;
        while (cluster.find()) {
            count++;
        }
        return count;
    }

    private static Set<String> load(String resource) {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
