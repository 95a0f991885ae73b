package id.binaan.shared;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;
import org.thymeleaf.spring6.util.DetailedError;

/**
 * The error summary in the order the form asks its questions: Bean Validation reports violations in no particular
 * order, so the summary sorts them by the position of their field in the form record (its declared fields, which are
 * the form's questions from top to bottom), problems of the whole form first. {@code @errorOrder} in templates.
 */
@Component("errorOrder")
public class ErrorOrder {

    public List<DetailedError> of(List<DetailedError> errors, Object form) {
        if (form == null || errors.size() < 2) {
            return errors;
        }
        List<String> order = new ArrayList<>();
        for (Class<?> type = form.getClass(); type != null && type != Object.class; type = type.getSuperclass()) {
            List<String> own = new ArrayList<>();
            for (Field field : type.getDeclaredFields()) {
                own.add(field.getName());
            }
            order.addAll(0, own);
        }
        List<DetailedError> sorted = new ArrayList<>(errors);
        sorted.sort(Comparator.comparingInt(error -> position(error, order)));
        return sorted;
    }

    private static int position(DetailedError error, List<String> order) {
        if (error.isGlobal() || error.getFieldName() == null) {
            return -1;
        }
        String name = error.getFieldName();
        int bracket = name.indexOf('[');
        int dot = name.indexOf('.');
        int end = bracket < 0 ? dot : dot < 0 ? bracket : Math.min(bracket, dot);
        int at = order.indexOf(end < 0 ? name : name.substring(0, end));
        return at < 0 ? Integer.MAX_VALUE : at;
    }
}
