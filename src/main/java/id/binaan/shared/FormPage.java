package id.binaan.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a handler that receives a form: the view that shows this form. A handler so marked puts what that page needs
 * into its model before it acts, so that when a rule refuses the change ({@link RuleViolation}) or the record
 * changed meanwhile ({@link StaleRecordException}), {@code RuleViolationAdvice} shows the same page again with the
 * values that were sent and the reason beside the field or in the error summary.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface FormPage {

    /** The view name, e.g. {@code enrollment/complete}. */
    String value();

    /** The model attribute of the form; needed only when the page holds more than one form. */
    String form() default "";
}
