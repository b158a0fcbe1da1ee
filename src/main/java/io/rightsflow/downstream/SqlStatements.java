package io.rightsflow.downstream;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A configured script cut into JDBC statements: split at {@code ;}, each {@code :profileId} and
 * {@code :accountId} replaced by {@code ?} in order. Quoted text ('…', "…", `…`) and comments are
 * copied as they are, so a {@code ;} or {@code :word} inside them is text, and PostgreSQL's
 * {@code ::type} cast stays a cast. Backslash escapes inside quotes are not understood: write a
 * quote in a literal by doubling it.
 */
record SqlStatements(String sql, List<String> parameters) {

    static final Set<String> PARAMETERS = Set.of("profileId", "accountId");

    /** The statements of a script, blank ones left out; a parameter we do not bind is refused with its name. */
    static List<SqlStatements> parse(String script) {
        List<SqlStatements> statements = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        List<String> parameters = new ArrayList<>();
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = closing(script, i, c);
                sql.append(script, i, end);
                i = end;
            } else if (c == '-' && script.startsWith("--", i)) {
                int end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
                sql.append(script, i, end);
                i = end;
            } else if (c == '/' && script.startsWith("/*", i)) {
                int end = script.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                sql.append(script, i, end);
                i = end;
            } else if (c == ':' && script.startsWith("::", i)) {
                sql.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < n && Character.isJavaIdentifierStart(script.charAt(i + 1))) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(script.charAt(end))) {
                    end++;
                }
                String name = script.substring(i + 1, end);
                if (!PARAMETERS.contains(name)) {
                    throw new IllegalArgumentException(":" + name + " is not a parameter we bind; use :profileId or :accountId");
                }
                parameters.add(name);
                sql.append('?');
                i = end;
            } else if (c == ';') {
                add(statements, sql, parameters);
                sql.setLength(0);
                parameters = new ArrayList<>();
                i++;
            } else {
                sql.append(c);
                i++;
            }
        }
        add(statements, sql, parameters);
        return List.copyOf(statements);
    }

    /** Just past the quote that closes the one at {@code start}; a doubled quote is part of the text. */
    private static int closing(String script, int start, char quote) {
        int i = start + 1;
        while (i < script.length()) {
            if (script.charAt(i) == quote) {
                if (i + 1 < script.length() && script.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("a quote " + quote + " is not closed");
    }

    private static void add(List<SqlStatements> statements, StringBuilder sql, List<String> parameters) {
        String text = sql.toString().strip();
        if (!text.isEmpty()) {
            statements.add(new SqlStatements(text, List.copyOf(parameters)));
        }
    }
}
