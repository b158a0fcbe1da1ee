package io.rightsflow.compliance;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import io.rightsflow.request.Channel;
import io.rightsflow.request.RequestSearch;
import io.rightsflow.request.RequestStatus;
import io.rightsflow.request.RequestType;

/**
 * The filters of the console's request list as the GET form sends them, checked: each value that
 * is not one the form offers gets a message on its field, and then nothing is searched.
 */
final class ConsoleFilters {

    final String type;
    final String status;
    final boolean overdue;
    final String channel;
    final String from;
    final String to;
    final String ticket;
    final String page;
    /** Field name → what to fix; empty when every filter is understood. */
    final Map<String, String> errors = new LinkedHashMap<>();

    ConsoleFilters(String type, String status, String overdue, String channel, String from, String to,
            String ticket, String page) {
        this.type = blankToNull(type);
        this.status = blankToNull(status);
        this.overdue = overdue != null && !overdue.isBlank() && !"false".equalsIgnoreCase(overdue);
        this.channel = blankToNull(channel);
        this.from = blankToNull(from);
        this.to = blankToNull(to);
        this.ticket = blankToNull(ticket);
        this.page = blankToNull(page);
    }

    /** The search these filters ask for; null (with {@link #errors}) when one of them is not understood. */
    RequestSearch.Criteria criteria() {
        RequestType requestType = value(RequestType.class, type, "type", "one of the request types in the list");
        RequestStatus requestStatus = value(RequestStatus.class, status, "status", "one of the statuses in the list");
        Channel requestChannel = value(Channel.class, channel, "channel", "self-service or customer service");
        LocalDate fromDay = day(from, "from");
        LocalDate toDay = day(to, "to");
        if (fromDay != null && toDay != null && toDay.isBefore(fromDay)) {
            errors.put("to", "Received to must be on or after received from (" + fromDay + ")");
        }
        pageNumber();
        if (!errors.isEmpty()) {
            return null;
        }
        return new RequestSearch.Criteria(requestType, requestStatus, overdue, requestChannel,
                fromDay == null ? null : ConsoleDays.start(fromDay), toDay == null ? null : ConsoleDays.after(toDay),
                ticket);
    }

    int pageNumber() {
        if (page == null) {
            return 1;
        }
        try {
            int number = Integer.parseInt(page.strip());
            if (number >= 1) {
                return number;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        errors.put("page", "The page must be a number from 1 on");
        return 1;
    }

    /** The query of this search on another page, for the paging links. */
    String query(int otherPage) {
        StringJoiner query = new StringJoiner("&", "?", "");
        add(query, "type", type);
        add(query, "status", status);
        add(query, "overdue", overdue ? "on" : null);
        add(query, "channel", channel);
        add(query, "from", from);
        add(query, "to", to);
        add(query, "ticket", ticket);
        add(query, "page", String.valueOf(otherPage));
        return query.toString();
    }

    private static void add(StringJoiner query, String name, String value) {
        if (value != null) {
            query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }

    private <E extends Enum<E>> E value(Class<E> kind, String text, String field, String expected) {
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(kind, text.strip());
        } catch (IllegalArgumentException e) {
            errors.put(field, "Choose " + expected + " (\"" + shortened(text) + "\" is not one)");
            return null;
        }
    }

    private LocalDate day(String text, String field) {
        try {
            return ConsoleDays.parse(text);
        } catch (IllegalArgumentException e) {
            errors.put(field, "Write " + ConsoleDays.HINT + " (\"" + shortened(text) + "\" is not a day)");
            return null;
        }
    }

    /** Echoes enough of a bad value to recognise it, never a long paste. */
    private static String shortened(String text) {
        String stripped = text.strip();
        return stripped.length() <= 30 ? stripped : stripped.substring(0, 30) + "…";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
