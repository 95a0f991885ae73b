package id.binaan.shared;

import java.util.UUID;
import java.util.function.Supplier;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Makes a create form's post count once. Every page is given a fresh random token ({@value #FIELD}, a hidden field of
 * each create form); the post that first uses it creates the record and, in the same transaction, records where the
 * record is. A second post with the same token (a double click, the browser sending the page again, a replay) creates
 * nothing: it waits for the first to commit, then goes to the record the first created, with a notice. A refused post
 * (a rule broken) rolls its token back with everything else, so the corrected form can still be sent. A post without
 * a token (a client that never loaded the form) is served as before.
 */
@Component
public class FormTokens {

    public static final String FIELD = "formToken";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    FormTokens(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /** Where the post leads, and whether it was a repeat that created nothing. */
    public record Saved(String location, boolean repeated) {

        public String redirect() {
            return "redirect:" + location;
        }
    }

    /**
     * Runs {@code create}, which returns the created record's path, unless this user used the token before; then
     * answers the path the first post recorded.
     */
    public Saved once(String token, String username, Supplier<String> create) {
        UUID key = parse(token);
        if (key == null) {
            return new Saved(create.get(), false);
        }
        return transactions.execute(status -> {
            if (jdbc.update("insert into form_token (username, token) values (?, ?) on conflict do nothing",
                    username, key) == 0) {
                String earlier = jdbc.queryForObject("select location from form_token where username = ? and token = ?",
                        String.class, username, key);
                return new Saved(earlier == null ? "/" : earlier, true);
            }
            String location = create.get();
            jdbc.update("update form_token set location = ? where username = ? and token = ?", location, username, key);
            jdbc.update("delete from form_token where created_at < now() - interval '2 days'");
            return new Saved(location, false);
        });
    }

    /** The answer to a repeated post: to the record, with the notice that it was saved once. */
    public static String alreadySaved(Saved saved, RedirectAttributes redirect) {
        redirect.addFlashAttribute("flashKey", "form.alreadySaved");
        return saved.redirect();
    }

    private static UUID parse(String token) {
        if (token == null || token.length() != 36) {
            return null;
        }
        try {
            return UUID.fromString(token);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** A fresh token for every page; the create forms put it in their hidden field. */
    @ControllerAdvice
    static class Issue {

        @ModelAttribute(FIELD)
        String formToken() {
            return UUID.randomUUID().toString();
        }
    }
}
