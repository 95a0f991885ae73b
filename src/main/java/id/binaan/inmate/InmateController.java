package id.binaan.inmate;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The register: search, filter, sort and page through it; one inmate's page. */
@Controller
class InmateController {

    static final List<Integer> PAGE_SIZES = List.of(20, 50, 100);

    private final InmateSearch search;
    private final Inmates inmates;

    InmateController(InmateSearch search, Inmates inmates) {
        this.search = search;
        this.inmates = inmates;
    }

    @GetMapping("/inmates")
    String list(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "") String status,
            @RequestParam(defaultValue = "") String legalStatus, @RequestParam(defaultValue = "") String block,
            @RequestParam(defaultValue = "") String sort, @RequestParam(defaultValue = "20") String size,
            @RequestParam(required = false) String after, @RequestParam(required = false) String afterId,
            @RequestParam(required = false) String before, @RequestParam(required = false) String beforeId,
            Model model) {
        InmateStatus statusFilter = parse(InmateStatus.class, status);
        LegalStatus legalFilter = parse(LegalStatus.class, legalStatus);
        InmateSort order = parse(InmateSort.class, sort);
        order = order == null ? InmateSort.NAME : order;
        int pageSize = PAGE_SIZES.stream().filter(s -> s.toString().equals(size)).findFirst().orElse(PAGE_SIZES.get(0));
        InmateQuery query = new InmateQuery(q, statusFilter, legalFilter, block, order, pageSize,
                cursor(order, after, afterId), cursor(order, before, beforeId));
        model.addAttribute("page", search.page(query));
        model.addAttribute("filter", new Filter(q, statusFilter == null ? "" : statusFilter.name(),
                legalFilter == null ? "" : legalFilter.name(), block, order.name(), pageSize));
        model.addAttribute("blocks", search.cellBlocks());
        model.addAttribute("sorts", InmateSort.values());
        model.addAttribute("sizes", PAGE_SIZES);
        model.addAttribute("statuses", InmateStatus.values());
        model.addAttribute("legalStatuses", LegalStatus.values());
        model.addAttribute("arrivalCount", inmates.arrivalCount());
        return "inmate/list";
    }

    @GetMapping("/inmates/{id}")
    String show(@PathVariable Long id, Model model) {
        model.addAttribute("view", inmates.view(id));
        model.addAttribute("learning", inmates.learningElsewhere(id));
        model.addAttribute("placements", inmates.placements(id));
        return "inmate/show";
    }

    /** The list's filters as the page links repeat them. */
    record Filter(String q, String status, String legalStatus, String block, String sort, int size) {

        public boolean any() {
            return !q.isBlank() || !status.isEmpty() || !legalStatus.isEmpty() || !block.isBlank();
        }
    }

    /** A cursor from the URL, or none when it is not one this order could have made. */
    private static InmateQuery.Cursor cursor(InmateSort order, String key, String id) {
        if (key == null || id == null) {
            return null;
        }
        try {
            if ("date".equals(order.type)) {
                LocalDate.parse(key);
            }
            return new InmateQuery.Cursor(key, Long.parseLong(id));
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }
}
