package id.binaan.shared;

import java.util.List;
import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Every error the application answers is a page in the layout ({@code error/<status>}, {@code error/4xx},
 * {@code error}), whatever the client accepts: Spring Boot's own controller answered JSON to a client that did not
 * ask for HTML, with the request's path and Spring's wording. Asked for directly, {@code /error} is not found.
 */
@Controller
@RequestMapping("${server.error.path:/error}")
class HtmlErrors extends AbstractErrorController {

    HtmlErrors(ErrorAttributes errorAttributes, List<ErrorViewResolver> viewResolvers) {
        super(errorAttributes, viewResolvers);
    }

    @RequestMapping
    ModelAndView error(HttpServletRequest request, HttpServletResponse response) {
        HttpStatus status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) == null
                ? HttpStatus.NOT_FOUND : getStatus(request);
        Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
        response.setStatus(status.value());
        ModelAndView page = resolveErrorView(request, response, status, model);
        return page != null ? page : new ModelAndView("error", model, status);
    }
}
