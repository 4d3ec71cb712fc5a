package io.wirestream.publish.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The parameters of one set-based statement: each is a column of the batch sent as one PostgreSQL
 * array, which the statement turns back into rows with {@code unnest}. One round trip however
 * many rows.
 */
final class SqlArrays {

    private final Connection connection;
    private final List<Object[]> parameters = new ArrayList<>();

    SqlArrays(Connection connection) {
        this.connection = connection;
    }

    <T> void text(List<T> rows, Function<T, String> column) throws SQLException {
        parameters.add(column(rows, column, new String[rows.size()]));
    }

    <T> void integers(List<T> rows, Function<T, Integer> column) throws SQLException {
        parameters.add(column(rows, column, new Integer[rows.size()]));
    }

    <T> void longs(List<T> rows, Function<T, Long> column) throws SQLException {
        parameters.add(column(rows, column, new Long[rows.size()]));
    }

    <T> void doubles(List<T> rows, Function<T, Double> column) throws SQLException {
        parameters.add(column(rows, column, new Double[rows.size()]));
    }

    private static <T, V> V[] column(List<T> rows, Function<T, V> column, V[] values) {
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        return values;
    }

    /** Runs a statement whose result (if any) is of no interest. */
    void update(String sql) throws SQLException {
        try (PreparedStatement statement = prepare(sql)) {
            statement.execute();
        }
    }

    /** Runs a statement whose first column is text (e.g. RETURNING article_id). */
    List<String> queryStrings(String sql) throws SQLException {
        List<String> result = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.add(rs.getString(1));
            }
        }
        return result;
    }

    /** Runs a statement returning (article_id, seq) pairs. */
    Map<String, Long> queryIdsAndSeqs(String sql) throws SQLException {
        Map<String, Long> result = new HashMap<>();
        try (PreparedStatement statement = prepare(sql); ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                result.put(rs.getString(1), rs.getLong(2));
            }
        }
        return result;
    }

    private PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            return statement;
        } catch (SQLException e) {
            statement.close();
            throw e;
        }
    }
}
