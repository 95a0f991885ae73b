package id.binaan.shared;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponents;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Numbered page links for a list: the current address with another {@code page}, so every filter and the sort stay
 * as they are. A window of pages around the current one, with the first and last. {@code @pageLinks} in templates.
 */
@Component("pageLinks")
public class PageLinks {

    /** A link to one page; {@code number} is 0-based, {@code href} null for the gap between windows. */
    public record PageLink(int number, String href, boolean current) {

        public int label() {
            return number + 1;
        }
    }

    public List<PageLink> of(Page<?> page) {
        List<PageLink> links = new ArrayList<>();
        ServletRequestAttributes attributes = (ServletRequestAttributes) RequestContextHolder.getRequestAttributes();
        if (attributes == null || page.getTotalPages() < 2) {
            return links;
        }
        HttpServletRequest request = attributes.getRequest();
        if (!"GET".equals(request.getMethod())) {
            return links;
        }
        int last = page.getTotalPages() - 1;
        int current = page.getNumber();
        int previous = -1;
        for (int n = 0; n <= last; n++) {
            if (n == 0 || n == last || Math.abs(n - current) <= 2) {
                if (previous >= 0 && n - previous > 1) {
                    links.add(new PageLink(-1, null, false));
                }
                links.add(new PageLink(n, href(n), n == current));
                previous = n;
            }
        }
        return links;
    }

    private static String href(int number) {
        UriComponents uri = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam("page", number).build();
        return uri.getPath() + (uri.getQuery() == null ? "" : "?" + uri.getQuery());
    }
}
