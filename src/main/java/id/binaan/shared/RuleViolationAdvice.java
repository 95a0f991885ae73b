package id.binaan.shared;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.AbstractPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.ModelAndView;

/**
 * The one place where a refusal becomes what the user reads. A {@link RuleViolation} is shown on the form's own
 * page ({@link FormPage}) with the values that were sent, each problem beside its field and in the error summary;
 * a change to a record that someone else saved meanwhile ({@link StaleRecordException}, or the database's own
 * version check at commit) answers 409 with the same message everywhere, their change kept. Any other exception
 * is not a refusal but a bug, and is left to the error page.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class RuleViolationAdvice {

    private static final String MODEL = RuleViolationAdvice.class.getName() + ".model";
    static final String STALE = "form.stale";

    private final MessageSource messages;
    private final Formats formats;

    RuleViolationAdvice(MessageSource messages, Formats formats) {
        this.messages = messages;
        this.formats = formats;
    }

    /**
     * Keeps a reference to the model the handler fills in. An exception handler gets an empty model of its own;
     * this one shows the form's page again, so it needs what the handler prepared for that page.
     */
    @ModelAttribute
    void keepTheModel(Model model, HttpServletRequest request) {
        request.setAttribute(MODEL, model);
    }

    @ExceptionHandler(RuleViolation.class)
    ModelAndView refused(RuleViolation violation, HandlerMethod handler, HttpServletRequest request) {
        FormPage page = handler.getMethodAnnotation(FormPage.class);
        Map<String, Object> model = model(request);
        if (page == null) {
            model.put("problems", violation.problems().stream()
                    .map(p -> messages.getMessage(p.messageKey(), displayable(p.args()), LocaleContextHolder.getLocale()))
                    .toList());
            return new ModelAndView("error/refused", model, HttpStatus.CONFLICT);
        }
        BindingResult errors = errors(model, page, handler);
        for (RuleViolation.Problem problem : violation.problems()) {
            reject(errors, problem.field(), problem.messageKey(), displayable(problem.args()));
        }
        return new ModelAndView(page.value(), model, HttpStatus.OK);
    }

    @ExceptionHandler({StaleRecordException.class, OptimisticLockingFailureException.class})
    ModelAndView stale(HandlerMethod handler, HttpServletRequest request) {
        FormPage page = handler.getMethodAnnotation(FormPage.class);
        Map<String, Object> model = model(request);
        if (page == null) {
            return new ModelAndView("error/409", model, HttpStatus.CONFLICT);
        }
        errors(model, page, handler).reject(STALE);
        return new ModelAndView(page.value(), model, HttpStatus.CONFLICT);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> model(HttpServletRequest request) {
        return request.getAttribute(MODEL) instanceof Model model ? (Map<String, Object>) model.asMap()
                : new LinkedHashMap<>();
    }

    /** The form's binding result: the one named by the page, or the only one in the model. */
    private static BindingResult errors(Map<String, Object> model, FormPage page, HandlerMethod handler) {
        if (!page.form().isEmpty()) {
            Object named = model.get(BindingResult.MODEL_KEY_PREFIX + page.form());
            if (named instanceof BindingResult errors) {
                return errors;
            }
        } else {
            List<BindingResult> all = model.values().stream().filter(BindingResult.class::isInstance)
                    .map(BindingResult.class::cast).toList();
            if (all.size() == 1) {
                return all.get(0);
            }
        }
        throw new IllegalStateException("No single form on the page of " + handler.getShortLogMessage());
    }

    /**
     * Beside the field when the form has it; a field the form does not hold as a property (a row of the attendance
     * sheet, {@code reason-42}) still gets its message under that name; no field: the form as a whole.
     */
    private static void reject(BindingResult errors, String field, String key, Object[] args) {
        if (field == null) {
            errors.reject(key, args, null);
        } else if (errors instanceof AbstractPropertyBindingResult bound
                && bound.getPropertyAccessor().isReadableProperty(field)) {
            errors.rejectValue(field, key, args, null);
        } else {
            errors.addError(new FieldError(errors.getObjectName(), field, null, false,
                    errors.resolveMessageCodes(key, field), args, null));
        }
    }

    /** Dates in words; labelled values are resolved by the message source itself. */
    private Object[] displayable(List<Object> args) {
        return args.stream().map(arg -> arg instanceof LocalDate date ? formats.date(date) : arg).toArray();
    }
}
